import type { EventBus, PlatformEvent } from '@pyairtable/events';
import { createRecordChangeFeed } from '@pyairtable/subgraph-kit';
import type { NotificationsDeps } from '../deps.ts';
import { notifyAssignments } from './assignments.ts';
import { onEvent } from './on-event.ts';

const FEED = 'airtable.record-changes';
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
  let unsubscribe: (() => void) | undefined;
  const feed = createRecordChangeFeed({
    airtableUrl: config.AIRTABLE_URL,
    signingSecret: config.GATEWAY_SIGNING_SECRET,
    caller: 'notifications-ingest',
    logger,
    pollMs: config.NOTIFICATIONS_POLL_MS,
    cursor: { read: () => db.readCursor(FEED), start: (p) => db.startCursor(FEED, p) },
    handle: async (page, from, to) => {
      await notifyAssignments(deps, page.changes, page.tables);
      await db.moveCursor(FEED, from, to);
    },
  });

  return {
    start() {
      unsubscribe = deps.events.subscribe(
        (event) =>
          event.type === 'record.changed'
            ? void feed.pump()
            : onEvent(deps, event).catch((err: unknown) =>
                logger.error({ err, type: event.type, eventId: event.id }, 'notifying failed'),
              ),
        { types: [...TYPES, 'record.changed'] },
      );
      feed.start();
    },
    async stop() {
      unsubscribe?.();
      await feed.stop();
    },
    catchUp: feed.pump,
  };
}

export type Ingest = ReturnType<typeof createIngest>;
