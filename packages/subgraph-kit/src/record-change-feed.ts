import type { Logger } from './logger.ts';
import { serviceCaller } from './signed-context.ts';
import { signedFetch } from './signed-fetch.ts';

/** One entry of the airtable subgraph's record change log, as /internal/record-changes sends it. */
export interface RecordChangeItem {
  sequence: string;
  occurredAt: string;
  baseId: string;
  tableId: string;
  recordId: string;
  kind: 'CREATED' | 'UPDATED' | 'DELETED';
  /** Field ids. */
  changedFields: string[];
  /** Cells by field id. */
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  createdTime: string | null;
  source: 'sync' | 'platform';
  workspaceIds: string[];
  actorId: string | null;
}

/** A table of a change-log page, with its fields. */
export interface FeedTable {
  id: string;
  baseId: string;
  name: string;
  primaryFieldId: string;
  fields: { id: string; name: string; type: string; options?: unknown }[];
}

export interface RecordChangePage {
  changes: RecordChangeItem[];
  tables: Record<string, FeedTable>;
}

const PAGE = 200;

/**
 * Reads the airtable subgraph's durable record change log by position. `handle` stores what a
 * page owes and moves the cursor from `from` to `to` in one transaction, so a crash repeats
 * nothing and skips nothing; a new consumer starts at the log's end. The log is read every
 * `pollMs`, and at once when `pump` is called (on a record.changed event).
 */
export function createRecordChangeFeed(options: {
  airtableUrl: string;
  signingSecret: string;
  /** Names the reader in the airtable subgraph's logs. */
  caller: string;
  logger: Logger;
  pollMs: number;
  cursor: { read: () => Promise<bigint | null>; start: (position: bigint) => Promise<unknown> };
  handle: (page: RecordChangePage, from: bigint, to: bigint) => Promise<void>;
}) {
  const feedUrl = new URL('/internal/record-changes', options.airtableUrl);
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
        secret: options.signingSecret,
        caller: serviceCaller(options.caller),
      },
    );
    if (!res.ok) throw new Error(`the airtable change log answered ${res.status}`);
    return (await res.json()) as RecordChangePage & { head: string };
  }

  async function pumpFeed() {
    let position = await options.cursor.read();
    if (position === null) {
      await options.cursor.start(BigInt((await readFeed()).head));
      position = await options.cursor.read();
    }
    while (!stopped && position !== null) {
      const page = await readFeed(position);
      if (page.changes.length === 0) return;
      await options.handle(page, position, BigInt(page.changes.at(-1)!.sequence));
      position = await options.cursor.read();
      if (page.changes.length < PAGE) return;
    }
  }

  /** Reads the change log now, once more if asked again meanwhile. */
  function pump(): Promise<void> {
    if (pumping) {
      again = true;
      return pumping;
    }
    pumping = (async () => {
      do {
        again = false;
        await pumpFeed().catch((err: unknown) =>
          options.logger.warn({ err }, 'reading the airtable change log failed; retrying'),
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
      timer ??= setInterval(() => void pump(), options.pollMs);
      timer.unref();
      void pump();
    },
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      timer = undefined;
      await pumping;
    },
    pump,
  };
}

export type RecordChangeFeed = ReturnType<typeof createRecordChangeFeed>;
