import { baseEnv, DEFAULT_PORTS, loadConfig, port, z } from '@pyairtable/config';

const PortalEnv = {
  ...baseEnv,
  PORT: port(DEFAULT_PORTS.adminPortal),
  HOST: z.string().default('127.0.0.1'),
  /** The gateway's GraphQL URL; the portal proxies /graphql to it. */
  GATEWAY_URL: z.string().url().default(`http://127.0.0.1:${DEFAULT_PORTS.gateway}/graphql`),
  /** Where operators open the portal; when https, the session cookie is always Secure. */
  ADMIN_PORTAL_PUBLIC_URL: z.string().url().optional(),
  /**
   * production: serve the `next build` output, building first when the sources changed;
   * development: `next dev`; auto: production when a current build exists.
   */
  PORTAL_MODE: z.enum(['auto', 'production', 'development']).default('auto'),
  /** The seeded demo administrator, offered on the sign-in page (set by the launcher, never in production). */
  PORTAL_DEMO_EMAIL: z.string().email().optional(),
  PORTAL_DEMO_PASSWORD: z.string().min(1).optional(),
};

export type PortalConfig = ReturnType<typeof loadPortalConfig>;

/** Reads the portal server's settings. */
export function loadPortalConfig(env?: NodeJS.ProcessEnv) {
  return loadConfig(PortalEnv, env);
}
