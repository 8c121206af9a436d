import { baseEnv, DEFAULT_PORTS, loadConfig, port, secretsEnv, z } from '@pyairtable/config';
import { mailEnv } from '@pyairtable/mail';

const NotificationsEnv = {
  ...baseEnv,
  ...secretsEnv,
  PORT: port(DEFAULT_PORTS.notifications),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.string().url(),
  /** Members and roles of a workspace (who administers it). */
  WORKSPACES_URL: z.string().url().default(`http://127.0.0.1:${DEFAULT_PORTS.workspaces}/graphql`),
  /** People's names and email addresses (User entities). */
  IDENTITY_URL: z.string().url().default(`http://127.0.0.1:${DEFAULT_PORTS.identity}/graphql`),
  /** The record change log, read for assignments (collaborator fields). */
  AIRTABLE_URL: z.string().url().default(`http://127.0.0.1:${DEFAULT_PORTS.airtable}/graphql`),
  REDIS_URL: z.string().url().optional(),
  EVENTS_DATABASE_URL: z.string().url().optional(),
  /** Links in emails (records, settings, unsubscribe) lead here. */
  DASHBOARD_PUBLIC_URL: z
    .string()
    .url()
    .default(`http://localhost:${DEFAULT_PORTS.tenantDashboard}`),
  /** The hour (UTC) the daily digest goes out. */
  DIGEST_HOUR_UTC: z.coerce.number().int().min(0).max(23).default(8),
  /** How often idle workers look for email to send and record changes to read. */
  NOTIFICATIONS_POLL_MS: z.coerce.number().int().positive().default(2_000),
  /** Run the email, digest and change-log workers in this process. */
  RUN_WORKERS: z.enum(['true', 'false']).default('true'),
  ...mailEnv,
};

export type NotificationsConfig = ReturnType<typeof loadNotificationsConfig>;

/** Reads the notifications subgraph's settings. */
export function loadNotificationsConfig(env?: NodeJS.ProcessEnv) {
  return loadConfig(NotificationsEnv, env);
}
