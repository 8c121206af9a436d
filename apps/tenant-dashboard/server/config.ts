import { baseEnv, DEFAULT_PORTS, loadConfig, port, z } from '@pyairtable/config';

const DashboardEnv = {
  ...baseEnv,
  PORT: port(DEFAULT_PORTS.tenantDashboard),
  HOST: z.string().default('127.0.0.1'),
  /** The gateway's GraphQL URL; the dashboard proxies /graphql (HTTP and graphql-ws) to it. */
  GATEWAY_URL: z.string().url().default(`http://127.0.0.1:${DEFAULT_PORTS.gateway}/graphql`),
  /**
   * production: serve the `next build` output, building first when the sources changed;
   * development: `next dev` (Turbopack, compiles pages on first visit);
   * auto: production when a current build exists, development otherwise.
   */
  /**
   * Where people open the dashboard (https://dashboard.example.com). When it is https, the
   * session cookie is Secure whatever the request looks like behind a proxy.
   */
  DASHBOARD_PUBLIC_URL: z.string().url().optional(),
  DASHBOARD_MODE: z.enum(['auto', 'production', 'development']).default('auto'),
  /** The seeded demo account, offered on the sign-in page (set by the launcher, never in production). */
  DASHBOARD_DEMO_EMAIL: z.string().email().optional(),
  DASHBOARD_DEMO_PASSWORD: z.string().min(1).optional(),
};

export type DashboardConfig = ReturnType<typeof loadDashboardConfig>;

/** Reads the dashboard server's settings. */
export function loadDashboardConfig(env?: NodeJS.ProcessEnv) {
  return loadConfig(DashboardEnv, env);
}
