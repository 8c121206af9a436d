import { baseEnv, DEFAULT_PORTS, loadConfig, port, secretsEnv, z } from '@pyairtable/config';

const WorkflowsEnv = {
  ...baseEnv,
  ...secretsEnv,
  PORT: port(DEFAULT_PORTS.workflows),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.string().url(),
  /** Seals webhook-trigger secrets at rest; required in production. */
  SECRETS_ENCRYPTION_KEY: z.string().min(32).default('dev-only-secrets-encryption-key-change-me'),
  SECRETS_ENCRYPTION_KEY_PREVIOUS: z.string().min(32).optional(),
  /** The workspaces subgraph, asked for members' roles. */
  WORKSPACES_URL: z.string().url().default(`http://127.0.0.1:${DEFAULT_PORTS.workspaces}/graphql`),
  /** The airtable subgraph, whose record change log triggers workflows. */
  AIRTABLE_URL: z.string().url().default(`http://127.0.0.1:${DEFAULT_PORTS.airtable}/graphql`),
  /** The gateway runs' steps go through (as the workflow's owner). */
  GATEWAY_URL: z.string().url().default(`http://127.0.0.1:${DEFAULT_PORTS.gateway}/graphql`),
  /** Where webhook-trigger URLs point (the gateway's public origin); the gateway's when unset. */
  WORKFLOWS_PUBLIC_URL: z.string().url().optional(),
  REDIS_URL: z.string().url().optional(),
  EVENTS_DATABASE_URL: z.string().url().optional(),
  /** Host names or addresses http steps may reach although they are internal, comma-separated. */
  WORKFLOWS_ALLOW_HOSTS: z.string().default(''),
  /** Runs in progress per process at once. */
  WORKFLOWS_CONCURRENCY: z.coerce.number().int().positive().max(100).default(8),
  /** How long a process holds a run it works on; a killed one's runs are resumed after. */
  WORKFLOWS_LEASE_MS: z.coerce.number().int().positive().default(15_000),
  /** How often idle processes look for new record changes, due schedules and orphaned runs. */
  WORKFLOWS_POLL_MS: z.coerce.number().int().positive().default(1_000),
  /** Work a run may take in all (waits excluded). */
  WORKFLOWS_RUN_TIMEOUT_S: z.coerce.number().int().positive().default(900),
  /** Runs a workspace may start per calendar month (UTC). */
  WORKFLOWS_RUNS_PER_MONTH: z.coerce.number().int().positive().default(10_000),
  /** Workflows per workspace. */
  WORKFLOWS_MAX_PER_WORKSPACE: z.coerce.number().int().positive().default(100),
  /** Runs are kept this long. */
  WORKFLOWS_RETENTION_DAYS: z.coerce.number().positive().default(30),
  /** Run the triggers and the run workers in this process. */
  RUN_WORKERS: z.enum(['true', 'false']).default('true'),
};

export type WorkflowsConfig = ReturnType<typeof loadWorkflowsConfig>;

/** Reads the workflows subgraph's settings. */
export function loadWorkflowsConfig(env?: NodeJS.ProcessEnv) {
  return loadConfig(WorkflowsEnv, env);
}
