import type { EventBus, PlatformEvent } from '@pyairtable/events';
import { serviceCaller, signedFetch } from '@pyairtable/subgraph-kit';
import type { NotificationsDeps } from '../deps.ts';
import { notifyAssignments, type FeedTable, type RecordChangeItem } from './assignments.ts';
import { onEvent } from './on-event.ts';

const FEED = 'airtable.record-changes';
const PAGE = 200;
const TYPES: PlatformEvent['type'][] = [
  'record.commented',
  'member.invited',
  'sync.failed',
  'webhook.endpointDisabled',
  'llm.budgetReached',
  'workflow.runFailed',
  'workflow.notificationRequested',
];

/**
 * Hears the events that owe notifications on the bus (at most once: one published while no
 * notifications process listens is missed), and reads the airtable record change log by
 * position for assignments (none missed; replays are deduplicated).
 */
export function createIngest(deps: NotificationsDeps & { events: EventBus }) {
  const { config, db, logger } = deps;
  let stopped = false;
  let unsubscribe: (() => void) | undefined;
  let timer: NodeJS.Timeout | undefined;
  let pumping: Promise<void> | null = null;
  let again = false;

  async function readFeed(after?: bigint) {
    const url = new URL('/internal/record-changes', config.AIRTABLE_URL);
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
        caller: serviceCaller('notifications-ingest'),
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
      await notifyAssignments(deps, page.changes, page.tables);
      await db.moveCursor(FEED, position, BigInt(page.changes.at(-1)!.sequence));
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
          logger.warn({ err }, 'reading the airtable change log failed'),
        );
      } while (again && !stopped);
    })().finally(() => {
      pumping = null;
    });
    return pumping;
  }

  return {
    start() {
      unsubscribe = deps.events.subscribe(
        (event) =>
          event.type === 'record.changed'
            ? void pump()
            : onEvent(deps, event).catch((err: unknown) =>
                logger.error({ err, type: event.type, eventId: event.id }, 'notifying failed'),
              ),
        { types: [...TYPES, 'record.changed'] },
      );
      timer = setInterval(() => void pump(), config.NOTIFICATIONS_POLL_MS);
      timer.unref();
      void pump();
    },
    async stop() {
      stopped = true;
      unsubscribe?.();
      if (timer) clearInterval(timer);
      await pumping;
    },
    catchUp: pump,
  };
}

export type Ingest = ReturnType<typeof createIngest>;
