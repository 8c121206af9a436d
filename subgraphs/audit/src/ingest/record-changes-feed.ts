import { serviceCaller, signedFetch, type Logger } from '@pyairtable/subgraph-kit';
import type { AuditConfig } from '../config.ts';
import type { AuditDb, NewRecordChange } from '../db.ts';
import { fieldChanges, type FeedTable, type RecordChangeItem } from '../domain/field-changes.ts';

const FEED = 'airtable.record-changes';
const PAGE = 200;

/**
 * Copies the airtable subgraph's durable record change log (every change, made on the
 * platform or in Airtable and seen by the sync) into record history, by position: the
 * cursor moves in the transaction that stores the changes, so none is missed or doubled
 * while this process is down. A new audit database starts at the log's end.
 */
export function createRecordChangesFeed(deps: {
  config: AuditConfig;
  db: AuditDb;
  logger: Logger;
}) {
  const { config, db, logger } = deps;
  const feedUrl = new URL('/internal/record-changes', config.AIRTABLE_URL);
  let stopped = false;
  let pumping: Promise<void> | null = null;
  let again = false;
  let timer: NodeJS.Timeout | undefined;

  async function readFeed(after?: bigint) {
    const url = new URL(feedUrl);
    if (after !== undefined) {
      url.searchParams.set('after', after.toString());
      url.searchParams.set('limit', String(PAGE));
    }
    const res = await signedFetch(
      url,
      { signal: AbortSignal.timeout(10_000) },
      {
        audience: 'airtable',
        secret: config.GATEWAY_SIGNING_SECRET,
        caller: serviceCaller('audit-record-history'),
      },
    );
    if (!res.ok) throw new Error(`the airtable change log answered ${res.status}`);
    return (await res.json()) as {
      head: string;
      changes: RecordChangeItem[];
      tables: Record<string, FeedTable>;
    };
  }

  async function pumpFeed() {
    let position = await db.readCursor(FEED);
    if (position === null) {
      await db.startCursor(FEED, BigInt((await readFeed()).head));
      position = await db.readCursor(FEED);
    }
    while (!stopped && position !== null) {
      const page = await readFeed(position);
      if (page.changes.length === 0) return;
      const rows: NewRecordChange[] = page.changes.map((c) => ({
        sequence: BigInt(c.sequence),
        recordId: c.recordId,
        baseId: c.baseId,
        tableId: c.tableId,
        workspaceIds: c.workspaceIds,
        at: new Date(c.occurredAt),
        kind: c.kind,
        source: c.source,
        actorId: c.actorId,
        changes: fieldChanges(c, page.tables[c.tableId]),
      }));
      await db.storeRecordChanges(FEED, position, rows.at(-1)!.sequence, rows);
      position = await db.readCursor(FEED);
      if (page.changes.length < PAGE) return;
    }
  }

  function pump(): Promise<void> {
    if (pumping) {
      again = true;
      return pumping;
    }
    pumping = (async () => {
      do {
        again = false;
        await pumpFeed().catch((err: unknown) =>
          logger.warn({ err }, 'reading the airtable change log failed; retrying'),
        );
      } while (again && !stopped);
    })().finally(() => {
      pumping = null;
    });
    return pumping;
  }

  return {
    start() {
      stopped = false;
      timer ??= setInterval(() => void pump(), config.AUDIT_POLL_MS);
      timer.unref();
      void pump();
    },
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      timer = undefined;
      await pumping;
    },
    /** Reads the change log to its end now (tests). */
    catchUp: pump,
  };
}

export type RecordChangesFeed = ReturnType<typeof createRecordChangesFeed>;
