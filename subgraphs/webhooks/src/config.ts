import { baseEnv, DEFAULT_PORTS, loadConfig, port, secretsEnv, z } from '@pyairtable/config';

const WebhooksEnv = {
  ...baseEnv,
  ...secretsEnv,
  PORT: port(DEFAULT_PORTS.webhooks),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.string().url(),
  /** Seals the endpoints' signing secrets at rest; required in production. */
  SECRETS_ENCRYPTION_KEY: z.string().min(32).default('dev-only-secrets-encryption-key-change-me'),
  /** The key before the current one, while rotating: what it sealed is still read. */
  SECRETS_ENCRYPTION_KEY_PREVIOUS: z.string().min(32).optional(),
  /** The workspaces subgraph, asked for members' roles. */
  WORKSPACES_URL: z.string().url().default(`http://127.0.0.1:${DEFAULT_PORTS.workspaces}/graphql`),
  /** The airtable subgraph, whose record change log this subgraph reads. */
  AIRTABLE_URL: z.string().url().default(`http://127.0.0.1:${DEFAULT_PORTS.airtable}/graphql`),
  REDIS_URL: z.string().url().optional(),
  EVENTS_DATABASE_URL: z.string().url().optional(),
  /**
   * Host names or addresses deliveries may reach although they are internal (loopback,
   * private…), comma-separated; empty by default.
   */
  WEBHOOKS_ALLOW_HOSTS: z.string().default(''),
  /** Requests in flight per process. */
  WEBHOOKS_CONCURRENCY: z.coerce.number().int().positive().max(1000).default(32),
  /** How long a process holds a delivery it sends; a killed one's deliveries are retried after. */
  WEBHOOKS_LEASE_MS: z.coerce.number().int().positive().default(30_000),
  /** How often idle workers look for due deliveries and new record changes. */
  WEBHOOKS_POLL_MS: z.coerce.number().int().positive().default(1_000),
  /** An endpoint failing this long (every delivery, no success) is disabled. */
  WEBHOOKS_DISABLE_AFTER_HOURS: z.coerce.number().positive().default(72),
  /** Messages (with their deliveries and attempts, dead letters included) are kept this long. */
  WEBHOOKS_RETENTION_DAYS: z.coerce.number().positive().default(30),
  /** Run the ingest and delivery workers in this process. */
  RUN_WORKERS: z.enum(['true', 'false']).default('true'),
};

export type WebhooksConfig = ReturnType<typeof loadWebhooksConfig>;

/** Reads the webhooks subgraph's settings. */
export function loadWebhooksConfig(env?: NodeJS.ProcessEnv) {
  return loadConfig(WebhooksEnv, env);
}
