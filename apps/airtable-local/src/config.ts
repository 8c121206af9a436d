import { baseEnv, DEFAULT_PORTS, loadConfig, port, z } from '@pyairtable/config';

const AirtableLocalEnv = {
  ...baseEnv,
  PORT: port(DEFAULT_PORTS.airtableLocal),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.string().url(),
  /** The URL clients use to reach this server (attachment URLs are built on it). */
  PUBLIC_URL: z.string().url().optional(),
  /** Airtable allows 5 requests per second per base and 50 per token. */
  RATE_LIMIT_PER_BASE: z.coerce.number().int().positive().default(5),
  RATE_LIMIT_PER_TOKEN: z.coerce.number().int().positive().default(50),
  /** After a 429, Airtable refuses for 30 seconds. */
  RATE_LIMIT_PENALTY_MS: z.coerce.number().int().min(0).default(30_000),
  /** Fault injection for tests: the share of requests answered with one of FAULT_KINDS. */
  FAULT_RATE: z.coerce.number().min(0).max(1).default(0),
  FAULT_KINDS: z
    .string()
    .default('429,502,503,timeout')
    .transform((s) =>
      s
        .split(',')
        .map((k) => k.trim())
        .filter(Boolean),
    ),
  /**
   * Whether webhooks may notify loopback and private-network addresses. Off by default, so a
   * webhook cannot make this server call internal services; the embedded platform and tests,
   * whose receivers listen on 127.0.0.1, turn it on.
   */
  WEBHOOKS_ALLOW_PRIVATE_URLS: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  /** A failed ping is retried this many times, waiting WEBHOOK_PING_RETRY_BASE_MS, then twice as long each time. */
  WEBHOOK_PING_RETRIES: z.coerce.number().int().min(0).max(20).default(5),
  WEBHOOK_PING_RETRY_BASE_MS: z.coerce.number().int().min(0).default(10_000),
  /** Webhooks expire after 7 days unless refreshed. */
  WEBHOOK_LIFETIME_MS: z.coerce
    .number()
    .int()
    .positive()
    .default(7 * 24 * 3600 * 1000),
};

export type AirtableLocalConfig = ReturnType<typeof loadAirtableLocalConfig>;

/** Reads airtable-local's settings. */
export function loadAirtableLocalConfig(env?: NodeJS.ProcessEnv) {
  return loadConfig(AirtableLocalEnv, env);
}
