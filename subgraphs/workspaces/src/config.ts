import { baseEnv, loadConfig, port, secretsEnv, z, DEFAULT_PORTS } from '@pyairtable/config';

const WorkspacesEnv = {
  ...baseEnv,
  ...secretsEnv,
  PORT: port(DEFAULT_PORTS.workspaces),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.string().url(),
  INVITATION_TTL_DAYS: z.coerce.number().int().positive().default(7),
};

export type WorkspacesConfig = ReturnType<typeof loadWorkspacesConfig>;

/** Reads the workspaces subgraph's settings. */
export function loadWorkspacesConfig(env?: NodeJS.ProcessEnv) {
  return loadConfig(WorkspacesEnv, env);
}
