import { baseEnv, DEFAULT_PORTS, loadConfig, port, secretsEnv, z } from '@pyairtable/config';

const PermissionsEnv = {
  ...baseEnv,
  ...secretsEnv,
  PORT: port(DEFAULT_PORTS.permissions),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.string().url(),
  /** The workspaces subgraph, asked for members' roles. */
  WORKSPACES_URL: z.string().url().default(`http://127.0.0.1:${DEFAULT_PORTS.workspaces}/graphql`),
  /** Bases are read through the gateway as their admin (read at call time: it starts after us). */
  GATEWAY_URL: z.string().url().default(`http://127.0.0.1:${DEFAULT_PORTS.gateway}/graphql`),
  /** The event bus that tells every airtable process a decision changed. */
  REDIS_URL: z.string().url().optional(),
  EVENTS_DATABASE_URL: z.string().url().optional(),
};

export type PermissionsConfig = ReturnType<typeof loadPermissionsConfig>;

/** Reads the permissions subgraph's settings. */
export function loadPermissionsConfig(env?: NodeJS.ProcessEnv) {
  return loadConfig(PermissionsEnv, env);
}
