import { serviceCaller, signedFetch, type Logger } from '@pyairtable/subgraph-kit';
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
const PAGE = 200;
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
  const feedUrl = new URL('/internal/record-changes', config.AIRTABLE_URL);
  let running = false;
  let stopped = false;
  let pumping: Promise<void> | null = null;
  let again = false;
  let timer: NodeJS.Timeout | undefined;
  let unsubscribe: (() => void) | undefined;

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
        caller: serviceCaller('webhooks-ingest'),
      },
    );
    if (!res.ok) throw new Error(`the airtable change log answered ${res.status}`);
    return (await res.json()) as {
      head: string;
      changes: RecordChangeItem[];
      tables: Record<string, FeedTable>;
    };
  }

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

  async function pumpFeed(): Promise<void> {
    let position = await db.readCursor(FEED);
    if (position === null) {
      // A new subgraph starts at the change log's end: it owes nothing from before it existed.
      await db.startCursor(FEED, BigInt((await readFeed()).head));
      position = await db.readCursor(FEED);
    }
    while (!stopped && position !== null) {
      const page = await readFeed(position);
      if (page.changes.length === 0) return;
      const to = BigInt(page.changes.at(-1)!.sequence);
      const messages = await messagesFor(page.changes, page.tables);
      if (await db.enqueueFromFeed(FEED, position, to, messages)) {
        if (messages.some((m) => m.endpointIds.length > 0)) deps.onQueued();
      }
      position = await db.readCursor(FEED);
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
          logger.warn({ err }, 'reading the airtable change log failed; retrying'),
        );
      } while (again && !stopped);
    })().finally(() => {
      pumping = null;
    });
    return pumping;
  }

  async function onBusEvent(event: PlatformEvent) {
    if (event.type === 'record.changed') {
      void pump();
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
      timer = setInterval(() => void pump(), config.WEBHOOKS_POLL_MS);
      timer.unref();
      void pump();
    },
    async stop() {
      running = false;
      stopped = true;
      unsubscribe?.();
      if (timer) clearInterval(timer);
      await pumping;
    },
    /** Reads the change log to its end now (tests, benchmarks). */
    catchUp: pump,
  };
}

export type Ingest = ReturnType<typeof createIngest>;
