import { createRecordChangeFeed, type Logger } from '@pyairtable/subgraph-kit';
import type { EventBus, PlatformEvent } from '@pyairtable/events';
import type { WebhooksConfig } from '../config.ts';
import type { NewMessage, WebhooksDb } from '../db.ts';
import { endpointMatches } from '../domain/match-endpoint.ts';
import { newMessageId } from '../domain/new-message-id.ts';
import {
  formulaRecord,
  recordPayload,
  type FeedTable,
  type RecordChangeItem,
} from '../domain/record-change.ts';
import { busPayload } from './bus-payload.ts';

const FEED = 'airtable.record-changes';
const RECORD_TYPES = ['record.created', 'record.updated', 'record.deleted'];
const BUS_TYPES: PlatformEvent['type'][] = [
  'table.schemaChanged',
  'sync.completed',
  'sync.failed',
  'member.joined',
  'member.removed',
  'workflow.runFailed',
];

export interface IngestDeps {
  config: WebhooksConfig;
  db: WebhooksDb;
  logger: Logger;
  events: EventBus;
  /** Called after messages were stored, so deliveries start at once. */
  onQueued: () => void;
}

/**
 * Turns what happens on the platform into stored messages and deliveries (the outbox) before
 * anything is sent. Record changes come from the airtable subgraph's durable change log,
 * read by position (the cursor moves in the same transaction as the deliveries are stored),
 * so none is missed while this process is down; the bus only wakes the reader. Other events
 * (schema, sync, members) are heard on the bus, which is at most once: one published while
 * no webhooks process listens is not delivered.
 */
export function createIngest(deps: IngestDeps) {
  const { config, db, logger } = deps;
  let running = false;
  let unsubscribe: (() => void) | undefined;

  async function messagesFor(changes: RecordChangeItem[], tables: Record<string, FeedTable>) {
    const workspaceIds = [...new Set(changes.flatMap((c) => c.workspaceIds))];
    const endpoints = await db.listSubscribedEndpoints(workspaceIds, RECORD_TYPES);
    const messages: NewMessage[] = [];
    for (const change of changes) {
      const table = tables[change.tableId];
      const fields = table?.fields ?? [];
      const names = new Map(fields.map((f) => [f.id, f.name]));
      for (const workspaceId of change.workspaceIds) {
        const { eventType, data } = recordPayload(change, table, workspaceId);
        const subject = {
          eventType,
          baseId: change.baseId,
          tableId: change.tableId,
          changedFields: change.changedFields.map((id) => ({ id, name: names.get(id) ?? id })),
          record: formulaRecord(change, table),
          fields,
        };
        const endpointIds = endpoints
          .filter((e) => e.workspaceId === workspaceId && endpointMatches(e, subject))
          .map((e) => e.id);
        messages.push({
          id: newMessageId(),
          workspaceId,
          eventType,
          payload: data,
          sourceKey: `airtable:${change.sequence}:${workspaceId}`,
          endpointIds,
        });
      }
    }
    return messages;
  }

  const feed = createRecordChangeFeed({
    airtableUrl: config.AIRTABLE_URL,
    signingSecret: config.GATEWAY_SIGNING_SECRET,
    caller: 'webhooks-ingest',
    logger,
    pollMs: config.WEBHOOKS_POLL_MS,
    // A new subgraph starts at the change log's end: it owes nothing from before it existed.
    cursor: { read: () => db.readCursor(FEED), start: (p) => db.startCursor(FEED, p) },
    handle: async (page, from, to) => {
      const messages = await messagesFor(page.changes, page.tables);
      if (await db.enqueueFromFeed(FEED, from, to, messages)) {
        if (messages.some((m) => m.endpointIds.length > 0)) deps.onQueued();
      }
    },
  });

  async function onBusEvent(event: PlatformEvent) {
    if (event.type === 'record.changed') {
      void feed.pump();
      return;
    }
    const made = busPayload(event);
    if (!made) return;
    const endpoints = await db.listSubscribedEndpoints([event.workspaceId], [made.eventType]);
    const endpointIds = endpoints.filter((e) => endpointMatches(e, made)).map((e) => e.id);
    if (endpointIds.length === 0) return;
    await db.enqueue([
      {
        id: newMessageId(),
        workspaceId: event.workspaceId,
        eventType: made.eventType,
        payload: made.data,
        // Several webhooks processes hear the same event: it is stored once.
        sourceKey: `bus:${event.id}`,
        endpointIds,
      },
    ]);
    deps.onQueued();
  }

  return {
    start() {
      if (running) return;
      running = true;
      unsubscribe = deps.events.subscribe(onBusEvent, { types: [...BUS_TYPES, 'record.changed'] });
      feed.start();
    },
    async stop() {
      running = false;
      unsubscribe?.();
      await feed.stop();
    },
    /** Reads the change log to its end now (tests, benchmarks). */
    catchUp: feed.pump,
  };
}

export type Ingest = ReturnType<typeof createIngest>;
