import { baseEnv, loadConfig, port, secretsEnv, z, DEFAULT_PORTS } from '@pyairtable/config';
import { mailEnv } from '@pyairtable/mail';

const WorkspacesEnv = {
  ...baseEnv,
  ...secretsEnv,
  PORT: port(DEFAULT_PORTS.workspaces),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.string().url(),
  INVITATION_TTL_DAYS: z.coerce.number().int().positive().default(7),
  /** Member events (joined, removed, invited) go out on the bus: Redis, else LISTEN/NOTIFY here. */
  REDIS_URL: z.string().url().optional(),
  EVENTS_DATABASE_URL: z.string().url().optional(),
  /** Where people open the dashboard: invitation emails link to <url>/invite/<token>. */
  DASHBOARD_PUBLIC_URL: z
    .string()
    .url()
    .default(`http://localhost:${DEFAULT_PORTS.tenantDashboard}`),
  ...mailEnv,
};

export type WorkspacesConfig = ReturnType<typeof loadWorkspacesConfig>;

/** Reads the workspaces subgraph's settings. */
export function loadWorkspacesConfig(env?: NodeJS.ProcessEnv) {
  return loadConfig(WorkspacesEnv, env);
}
