import { baseEnv, DEFAULT_PORTS, loadConfig, port, secretsEnv, z } from '@pyairtable/config';

const AuditEnv = {
  ...baseEnv,
  ...secretsEnv,
  PORT: port(DEFAULT_PORTS.audit),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.string().url(),
  /** The workspaces subgraph, asked for members' roles. */
  WORKSPACES_URL: z.string().url().default(`http://127.0.0.1:${DEFAULT_PORTS.workspaces}/graphql`),
  /** The airtable subgraph: its record change log (history) and bases' workspaces. */
  AIRTABLE_URL: z.string().url().default(`http://127.0.0.1:${DEFAULT_PORTS.airtable}/graphql`),
  /**
   * The Ed25519 private key that signs checkpoints (PKCS#8 PEM, or its base64). Required in
   * production; development signs with a fixed, public key.
   */
  AUDIT_SIGNING_KEY: z.string().optional(),
  /** How often each chain's head is checkpointed (signed), and the retention job runs. */
  AUDIT_CHECKPOINT_MINUTES: z.coerce.number().positive().default(60),
  /** Days a workspace keeps entries unless it set its own. */
  AUDIT_RETENTION_DAYS: z.coerce.number().int().min(1).default(365),
  /** How often the record change log is read when no event wakes the reader. */
  AUDIT_POLL_MS: z.coerce.number().int().positive().default(1_000),
  /** Run the change-log reader and the checkpoint/retention job in this process. */
  RUN_WORKERS: z.enum(['true', 'false']).default('true'),
};

export type AuditConfig = ReturnType<typeof loadAuditConfig>;

/** Reads the audit subgraph's settings. */
export function loadAuditConfig(env?: NodeJS.ProcessEnv) {
  return loadConfig(AuditEnv, env);
}
