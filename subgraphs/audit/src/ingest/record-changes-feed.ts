import { createRecordChangeFeed, type Logger } from '@pyairtable/subgraph-kit';
import type { AuditConfig } from '../config.ts';
import type { AuditDb, NewRecordChange } from '../db.ts';
import { fieldChanges } from '../domain/field-changes.ts';

const FEED = 'airtable.record-changes';

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
  const { config, db } = deps;
  const feed = createRecordChangeFeed({
    airtableUrl: config.AIRTABLE_URL,
    signingSecret: config.GATEWAY_SIGNING_SECRET,
    caller: 'audit-record-history',
    logger: deps.logger,
    pollMs: config.AUDIT_POLL_MS,
    cursor: { read: () => db.readCursor(FEED), start: (p) => db.startCursor(FEED, p) },
    handle: async (page, from, to) => {
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
      await db.storeRecordChanges(FEED, from, to, rows);
    },
  });
  return {
    start: feed.start,
    stop: feed.stop,
    /** Reads the change log to its end now (tests). */
    catchUp: feed.pump,
  };
}

export type RecordChangesFeed = ReturnType<typeof createRecordChangesFeed>;
