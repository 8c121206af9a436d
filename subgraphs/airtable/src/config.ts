import { baseEnv, DEFAULT_PORTS, loadConfig, port, secretsEnv, z } from '@pyairtable/config';

const AirtableEnv = {
  ...baseEnv,
  ...secretsEnv,
  PORT: port(DEFAULT_PORTS.airtable),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.string().url(),
  /** Seals Airtable tokens at rest; required in production. */
  SECRETS_ENCRYPTION_KEY: z.string().min(32).default('dev-only-secrets-encryption-key-change-me'),
  /** The key before the current one, while rotating: what it sealed is still read. */
  SECRETS_ENCRYPTION_KEY_PREVIOUS: z.string().min(32).optional(),
  /** Real Airtable unless pointed at airtable-local. */
  AIRTABLE_API_URL: z.string().url().default('https://api.airtable.com'),
  /** The workspaces subgraph, asked for members' roles. */
  WORKSPACES_URL: z.string().url().default(`http://127.0.0.1:${DEFAULT_PORTS.workspaces}/graphql`),
  /**
   * The permissions subgraph, asked how each base looks to each caller (grants, hidden fields,
   * row rules). `none` leaves access to workspace roles alone (development and tests only).
   */
  PERMISSIONS_URL: z
    .union([z.literal('none'), z.string().url()])
    .default(`http://127.0.0.1:${DEFAULT_PORTS.permissions}/graphql`),
  /** Shared rate-limit state and the event bus across processes; in-process when unset. */
  REDIS_URL: z.string().url().optional(),
  /** Without Redis, events travel by LISTEN/NOTIFY in this database, which every process must share. */
  EVENTS_DATABASE_URL: z.string().url().optional(),
  /** Airtable's limits: 5 requests/s per base, 50/s per token. */
  BASE_REQUESTS_PER_SECOND: z.coerce.number().positive().default(5),
  TOKEN_REQUESTS_PER_SECOND: z.coerce.number().positive().default(50),
  /**
   * The platform's public URL (the gateway's). When set, Airtable webhooks ping
   * <PUBLIC_URL>/webhooks/airtable/<baseId> and polling becomes a slow safety net.
   */
  PUBLIC_URL: z.string().url().optional(),
  /** How often each base is polled for changes (by LAST_MODIFIED_TIME). */
  POLL_INTERVAL_MS: z.coerce.number().int().positive().default(5_000),
  /** How often a full id listing catches deletions and missed changes. */
  RECONCILE_INTERVAL_MS: z.coerce.number().int().positive().default(60_000),
  /** How long a write mutation waits for Airtable before answering PENDING. */
  WRITE_WAIT_MS: z.coerce.number().int().min(0).default(20_000),
  /**
   * How long the record change log (/internal/record-changes, read by webhooks and
   * notifications) keeps a change: a consumer down for longer misses what it did not read.
   */
  CHANGE_LOG_RETENTION_HOURS: z.coerce.number().positive().default(72),
  /** Run the sync engine and writer in this process (one process per deployment should). */
  RUN_WORKERS: z.enum(['true', 'false']).default('true'),
};

export type AirtableConfig = ReturnType<typeof loadAirtableConfig>;

/** Reads the airtable subgraph's settings. */
export function loadAirtableConfig(env?: NodeJS.ProcessEnv) {
  return loadConfig(AirtableEnv, env);
}
