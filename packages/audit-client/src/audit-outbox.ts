import { randomUUID } from 'node:crypto';
import { serviceCaller, signedFetch, type Logger } from '@pyairtable/subgraph-kit';
import pg from 'pg';
import { AUDIT_INGEST_PATH, type AuditEntryInput } from './audit-entry.ts';

const BATCH = 200;

// The outbox lives in the emitter's database; the table is the client's own business, so it
// creates it rather than asking each emitter for a migration.
const CREATE = `CREATE TABLE IF NOT EXISTS audit_outbox (
  id uuid PRIMARY KEY,
  entry jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  seq bigserial NOT NULL,
  attempts integer NOT NULL DEFAULT 0
)`;

export type NewAuditEntry = Omit<AuditEntryInput, 'id' | 'at'> & { id?: string; at?: string };

/**
 * Durable audit recording: `record` stores the entry in a PostgreSQL outbox table and returns
 * once it is committed; a drainer sends stored entries to the audit subgraph's ingest route
 * (gateway-signed) in order, and deletes them only after the subgraph accepted them. While
 * the audit subgraph is down entries wait, with a growing pause between tries. Entry ids are
 * idempotency keys, so an entry sent twice (a crash between send and delete) is kept once.
 */
export function createAuditOutbox(options: {
  databaseUrl: string;
  /** The audit subgraph's base URL (its /graphql URL is fine: only the origin is used). */
  auditUrl: string;
  signingSecret: string;
  logger: Logger;
  pollMs?: number;
}) {
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 4 });
  pool.on('error', (err) => options.logger.warn({ err }, 'audit outbox connection'));
  const ingestUrl = new URL(AUDIT_INGEST_PATH, options.auditUrl);
  const pollMs = options.pollMs ?? 1_000;
  let ready: Promise<unknown> | null = null;
  let timer: NodeJS.Timeout | undefined;
  let draining: Promise<void> | null = null;
  let again = false;
  let failures = 0;
  let pausedUntil = 0;
  let stopped = false;

  const ensureTable = () => (ready ??= pool.query(CREATE));

  async function send(entries: AuditEntryInput[]) {
    const res = await signedFetch(
      ingestUrl,
      { body: JSON.stringify({ entries }), signal: AbortSignal.timeout(10_000) },
      {
        audience: 'audit',
        secret: options.signingSecret,
        caller: serviceCaller(`audit-outbox-${randomUUID()}`),
      },
    );
    if (!res.ok) throw new Error(`the audit subgraph answered ${res.status}`);
  }

  /** Sends one batch; true when there may be more. */
  async function drainBatch(): Promise<boolean> {
    await ensureTable();
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      // SKIP LOCKED: several emitter processes share the table without sending a row twice.
      const { rows } = await client.query<{ id: string; entry: AuditEntryInput }>(
        'SELECT id, entry FROM audit_outbox ORDER BY seq LIMIT $1 FOR UPDATE SKIP LOCKED',
        [BATCH],
      );
      if (rows.length === 0) {
        await client.query('COMMIT');
        return false;
      }
      try {
        await send(rows.map((r) => r.entry));
      } catch (error) {
        await client.query('UPDATE audit_outbox SET attempts = attempts + 1 WHERE id = ANY($1)', [
          rows.map((r) => r.id),
        ]);
        await client.query('COMMIT');
        throw error;
      }
      await client.query('DELETE FROM audit_outbox WHERE id = ANY($1)', [rows.map((r) => r.id)]);
      await client.query('COMMIT');
      return rows.length === BATCH;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  function drain(): Promise<void> {
    if (draining) {
      again = true;
      return draining;
    }
    draining = (async () => {
      do {
        again = false;
        if (Date.now() < pausedUntil) return;
        try {
          while (!stopped && (await drainBatch()));
          failures = 0;
        } catch (err) {
          failures += 1;
          pausedUntil = Date.now() + pollMs * Math.min(60, 2 ** (failures - 1));
          options.logger.warn({ err, failures }, 'audit entries not delivered yet; retrying');
        }
      } while (again && !stopped);
    })().finally(() => {
      draining = null;
    });
    return draining;
  }

  return {
    /** Stores an entry durably (resolves once committed) and wakes the drainer. */
    async record(entry: NewAuditEntry): Promise<string> {
      await ensureTable();
      const full: AuditEntryInput = {
        ...entry,
        id: entry.id ?? randomUUID(),
        at: entry.at ?? new Date().toISOString(),
      };
      await pool.query(
        'INSERT INTO audit_outbox (id, entry) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING',
        [full.id, JSON.stringify(full)],
      );
      if (!stopped) void drain();
      return full.id;
    },
    start() {
      stopped = false;
      timer ??= setInterval(() => void drain(), pollMs);
      timer.unref();
      void drain();
    },
    /** Sends everything stored now, ignoring any pause after failures (tests, shutdown). */
    async flush() {
      pausedUntil = 0;
      await draining;
      await drain();
    },
    /** Entries stored and not yet accepted by the audit subgraph. */
    async pending(): Promise<number> {
      await ensureTable();
      const { rows } = await pool.query<{ n: string }>('SELECT count(*) AS n FROM audit_outbox');
      return Number(rows[0]!.n);
    },
    async close() {
      stopped = true;
      if (timer) clearInterval(timer);
      timer = undefined;
      await draining;
      await pool.end();
    },
  };
}

export type AuditOutbox = ReturnType<typeof createAuditOutbox>;
