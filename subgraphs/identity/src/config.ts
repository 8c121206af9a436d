import { baseEnv, loadConfig, port, secretsEnv, z, DEFAULT_PORTS } from '@pyairtable/config';
import { mailEnv } from '@pyairtable/mail';

const IdentityEnv = {
  ...baseEnv,
  ...secretsEnv,
  PORT: port(DEFAULT_PORTS.identity),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.string().url(),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().positive().default(900),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().positive().default(30),
  /** Where people open the dashboard: reset and verification emails link to it. */
  DASHBOARD_PUBLIC_URL: z
    .string()
    .url()
    .default(`http://localhost:${DEFAULT_PORTS.tenantDashboard}`),
  ...mailEnv,
};

export type IdentityConfig = ReturnType<typeof loadIdentityConfig>;

/** Reads the identity subgraph's settings. */
export function loadIdentityConfig(env?: NodeJS.ProcessEnv) {
  return loadConfig(IdentityEnv, env);
}
