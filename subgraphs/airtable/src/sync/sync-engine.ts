import { createEvent, type EventBus } from '@pyairtable/events';
import type { Logger } from '@pyairtable/subgraph-kit';
import type { AirtableClients } from '../airtable-clients.ts';
import type { AirtableConfig } from '../config.ts';
import type { AirtableDb, MirrorBase } from '../db.ts';
import { applyRecords, removeRecords } from './apply-records.ts';
import type { BaseWebhooks } from './base-webhooks.ts';

export interface SyncDeps {
  /** Airtable webhooks, when the platform has a public URL; polling alone otherwise. */
  webhooks?: BaseWebhooks;
  config: AirtableConfig;
  db: AirtableDb;
  clients: AirtableClients;
  events: EventBus;
  logger: Logger;
  clock: () => Date;
}

// Polls ask for records modified since the last poll began, minus this overlap, so a change
// landing while a poll runs (or a small clock skew with Airtable) is never missed.
const POLL_OVERLAP_MS = 2_000;
// With webhooks, polling is only a safety net.
const WEBHOOK_POLL_INTERVAL_MS = 60_000;
const TICK_MS = 500;

/** Thrown inside a job when the engine is stopping, to end it between two requests. */
class SyncStopped extends Error {}

/** Mirrors bases: a full sync first, then polling by LAST_MODIFIED_TIME and periodic reconciliation. */
export function createSyncEngine(deps: SyncDeps) {
  const running = new Map<string, Promise<void>>();
  const queued = new Map<string, Promise<void>>();
  const nextPoll = new Map<string, number>();
  const nextReconcile = new Map<string, number>();
  let timer: NodeJS.Timeout | undefined;
  let stopping = false;

  /** Starts (or refreshes) the base's webhook; a failure leaves polling in charge. */
  async function ensureWebhook(base: MirrorBase) {
    if (!deps.webhooks) return;
    try {
      await deps.webhooks.ensure(base);
    } catch (error) {
      deps.logger.warn({ err: error, baseId: base.id }, 'webhook unavailable; polling instead');
    }
  }

  /** Applies what the webhook's payloads say changed: records fetched again in full. */
  async function applyWebhook(base: MirrorBase) {
    if (!deps.webhooks) return;
    const changes = await deps.webhooks.readChanges(base);
    if (changes.schemaChanged) await refreshSchema(base, true);
    for (const [tableId, ids] of changes.changed) {
      const known = new Map((await deps.db.findRecords([...ids])).map((r) => [r.id, r]));
      const list = [...ids];
      for (let i = 0; i < list.length; i += 50) {
        const formula = `OR(${list
          .slice(i, i + 50)
          .map((id) => `RECORD_ID()="${id}"`)
          .join(',')})`;
        await eachPage(base, tableId, { filterByFormula: formula }, (records) =>
          applyRecords(
            deps,
            { workspaceId: base.workspaceId, baseId: base.id, tableId, source: 'sync', emit: true },
            records,
            known,
          ).then(() => undefined),
        );
      }
    }
    for (const [tableId, ids] of changes.destroyed) {
      await removeRecords(
        deps,
        { workspaceId: base.workspaceId, baseId: base.id, tableId, source: 'sync' },
        [...ids],
      );
    }
  }

  async function progress(base: MirrorBase, data: Parameters<AirtableDb['updateSync']>[1]) {
    const updated = await deps.db.updateSync(base.id, data);
    await deps.events.publish(
      createEvent('sync.progress', {
        workspaceId: base.workspaceId,
        baseId: base.id,
        status: updated.syncState,
        recordsDone: updated.recordsDone,
        recordsTotal: updated.recordsTotal,
        tablesDone: updated.tablesDone,
        tablesTotal: updated.tablesTotal,
      }),
    );
    return updated;
  }

  /** Saves Airtable's schema; emits table.schemaChanged for tables that changed (not on first sync). */
  async function refreshSchema(base: MirrorBase, announce: boolean) {
    const client = await deps.clients.forConnection(base.connectionId);
    const schema = await client.getBaseSchema(base.id);
    const changed = await deps.db.saveSchema(base.id, schema.tables);
    if (announce) {
      for (const tableId of changed) {
        await deps.events.publish(
          createEvent('table.schemaChanged', {
            workspaceId: base.workspaceId,
            baseId: base.id,
            tableId,
          }),
        );
      }
    }
    return schema.tables;
  }

  /** Lists every record of a table in pages, handing each page over. */
  async function eachPage(
    base: MirrorBase,
    tableId: string,
    options: { filterByFormula?: string; fields?: string[]; view?: string },
    onPage: (
      records: { id: string; createdTime: string; fields: Record<string, unknown> }[],
    ) => Promise<void>,
  ) {
    const client = await deps.clients.forConnection(base.connectionId);
    let offset: string | undefined;
    do {
      if (stopping) throw new SyncStopped();
      const page = await client.listRecordsPage(base.id, tableId, {
        pageSize: 100,
        offset,
        returnFieldsByFieldId: true,
        ...options,
      });
      await onPage(page.records);
      offset = page.offset;
    } while (offset);
  }

  /** Stores each view's record order, so `view` queries are answered from the mirror. */
  async function refreshViews(base: MirrorBase, tables: { id: string; views: { id: string }[] }[]) {
    for (const table of tables) {
      for (const view of table.views) {
        const ids: string[] = [];
        await eachPage(
          base,
          table.id,
          { view: view.id, fields: [] },
          async (records) => void ids.push(...records.map((r) => r.id)),
        );
        await deps.db.saveViewRecords(view.id, ids);
      }
    }
  }

  async function fullSync(base: MirrorBase) {
    const started = deps.clock();
    const wasReady = base.lastSyncedAt !== null;
    base = await progress(base, {
      syncState: 'SYNCING',
      recordsDone: 0,
      tablesDone: 0,
      syncError: null,
    });
    const tables = await refreshSchema(base, wasReady);
    base = await progress(base, { tablesTotal: tables.length });
    let done = 0;
    for (const [index, table] of tables.entries()) {
      const known = new Map((await deps.db.listRecords(table.id)).map((r) => [r.id, r]));
      const seen = new Set<string>();
      await eachPage(base, table.id, {}, async (records) => {
        records.forEach((r) => seen.add(r.id));
        await applyRecords(
          deps,
          {
            workspaceId: base.workspaceId,
            baseId: base.id,
            tableId: table.id,
            source: 'sync',
            emit: wasReady,
          },
          records,
          known,
        );
        done += records.length;
        base = await progress(base, { recordsDone: done });
      });
      const gone = [...known.keys()].filter((id) => !seen.has(id));
      await removeRecords(
        deps,
        { workspaceId: base.workspaceId, baseId: base.id, tableId: table.id, source: 'sync' },
        gone,
      );
      base = await progress(base, { tablesDone: index + 1 });
    }
    // View order is fetched when a view is first queried, and by reconciliation: a full sync
    // spends its requests on records.
    await progress(base, {
      syncState: 'READY',
      recordsTotal: done,
      lastSyncedAt: deps.clock(),
      pollWatermark: started,
      lastReconciledAt: started,
    });
    await ensureWebhook(base);
    deps.logger.info(
      {
        baseId: base.id,
        records: done,
        tables: tables.length,
        ms: deps.clock().getTime() - started.getTime(),
      },
      'base synced',
    );
  }

  async function poll(base: MirrorBase) {
    const started = deps.clock();
    const since = new Date(
      (base.pollWatermark ?? started).getTime() - POLL_OVERLAP_MS,
    ).toISOString();
    const tables = await deps.db.listTables(base.id);
    let changes = 0;
    for (const table of tables) {
      const known = new Map((await deps.db.listRecords(table.id)).map((r) => [r.id, r]));
      await eachPage(
        base,
        table.id,
        { filterByFormula: `IS_AFTER(LAST_MODIFIED_TIME(), DATETIME_PARSE("${since}"))` },
        async (records) => {
          changes += await applyRecords(
            deps,
            {
              workspaceId: base.workspaceId,
              baseId: base.id,
              tableId: table.id,
              source: 'sync',
              emit: true,
            },
            records,
            known,
          );
        },
      );
    }
    await deps.db.updateSync(base.id, { pollWatermark: started });
    if (changes > 0) deps.logger.info({ baseId: base.id, changes }, 'poll applied changes');
  }

  /** Catches what polling cannot see: deletions, schema changes, view membership. */
  async function reconcile(base: MirrorBase) {
    const started = deps.clock();
    const tables = await refreshSchema(base, true);
    for (const table of tables) {
      const known = new Set(await deps.db.listRecordIds(table.id));
      const seen = new Set<string>();
      await eachPage(
        base,
        table.id,
        { fields: [] },
        async (records) => void records.forEach((r) => seen.add(r.id)),
      );
      await removeRecords(
        deps,
        { workspaceId: base.workspaceId, baseId: base.id, tableId: table.id, source: 'sync' },
        [...known].filter((id) => !seen.has(id)),
      );
      const missing = [...seen].filter((id) => !known.has(id));
      if (missing.length > 0) {
        // Created while a poll missed them: fetch them in full.
        for (let i = 0; i < missing.length; i += 50) {
          const formula = `OR(${missing
            .slice(i, i + 50)
            .map((id) => `RECORD_ID()="${id}"`)
            .join(',')})`;
          await eachPage(base, table.id, { filterByFormula: formula }, (records) =>
            applyRecords(
              deps,
              {
                workspaceId: base.workspaceId,
                baseId: base.id,
                tableId: table.id,
                source: 'sync',
                emit: true,
              },
              records,
            ).then(() => undefined),
          );
        }
      }
    }
    await refreshViews(base, tables);
    await ensureWebhook(base);
    await deps.db.updateSync(base.id, { lastReconciledAt: started });
  }

  /**
   * Runs one job for a base at a time. Asked while another job runs, the job runs right
   * after it (once, however many ask meanwhile): a webhook ping or an explicit reconcile is
   * never answered by a poll that happened to be running.
   */
  function run(
    baseId: string,
    job: (base: MirrorBase) => Promise<void>,
    what: string,
  ): Promise<void> {
    const current = running.get(baseId);
    if (current) {
      const key = `${baseId}\u0000${what}`;
      let next = queued.get(key);
      if (!next) {
        next = current.then(() => {
          queued.delete(key);
          return stopping ? undefined : run(baseId, job, what);
        });
        queued.set(key, next);
      }
      return next;
    }
    const promise = (async () => {
      const base = await deps.db.findBase(baseId);
      if (!base) return;
      try {
        await job(base);
      } catch (error) {
        if (error instanceof SyncStopped) return;
        deps.logger.error({ err: error, baseId }, `${what} failed`);
        if (what === 'full sync')
          await progress(base, { syncState: 'ERROR', syncError: (error as Error).message }).catch(
            () => undefined,
          );
      }
    })().finally(() => running.delete(baseId));
    running.set(baseId, promise);
    return promise;
  }

  async function tick() {
    const now = deps.clock().getTime();
    for (const base of await deps.db.listBases()) {
      if (running.has(base.id)) continue;
      if (base.syncState === 'PENDING' || (base.syncState === 'ERROR' && !base.lastSyncedAt)) {
        if (base.syncState === 'PENDING') void run(base.id, fullSync, 'full sync');
        continue;
      }
      if (base.syncState !== 'READY' && base.syncState !== 'ERROR') continue;
      if (
        now >=
        (nextReconcile.get(base.id) ??
          (base.lastReconciledAt?.getTime() ?? 0) + deps.config.RECONCILE_INTERVAL_MS)
      ) {
        nextReconcile.set(base.id, now + deps.config.RECONCILE_INTERVAL_MS);
        void run(base.id, reconcile, 'reconciliation');
      } else if (now >= (nextPoll.get(base.id) ?? 0)) {
        const interval = base.webhookId
          ? Math.max(deps.config.POLL_INTERVAL_MS, WEBHOOK_POLL_INTERVAL_MS)
          : deps.config.POLL_INTERVAL_MS;
        nextPoll.set(base.id, now + interval);
        void run(base.id, poll, 'poll');
      }
    }
  }

  return {
    start() {
      stopping = false;
      // A sync interrupted by a crash or a stop starts over.
      void deps.db
        .restartInterruptedSyncs()
        .catch((err: unknown) => deps.logger.error({ err }, 'sync recovery failed'));
      timer ??= setInterval(
        () => void tick().catch((err: unknown) => deps.logger.error({ err }, 'sync tick failed')),
        TICK_MS,
      );
      timer.unref();
    },
    async stop() {
      stopping = true;
      if (timer) clearInterval(timer);
      timer = undefined;
      await Promise.allSettled(running.values());
    },
    /** A verified webhook ping: the base's payloads are read as soon as it is free. */
    ping: (baseId: string) => run(baseId, applyWebhook, 'webhook payloads'),
    /** Runs a full sync now and waits for it. */
    syncNow: (baseId: string) => run(baseId, fullSync, 'full sync'),
    pollNow: (baseId: string) => run(baseId, poll, 'poll'),
    reconcileNow: (baseId: string) => run(baseId, reconcile, 'reconciliation'),
    /**
     * A write reached Airtable but not the mirror: a poll brings created and updated records
     * back, a reconciliation removes deleted ones.
     */
    catchUp(baseId: string, deleted: boolean): void {
      void run(baseId, deleted ? reconcile : poll, deleted ? 'reconciliation' : 'poll').catch(
        (err: unknown) => deps.logger.error({ err, baseId }, 'catching up after a write failed'),
      );
    },
    /** Fetches one view's record order now (the first query of a view needs it). */
    async loadView(baseId: string, tableId: string, viewId: string) {
      const base = await deps.db.findBase(baseId);
      if (!base) return;
      const ids: string[] = [];
      await eachPage(
        base,
        tableId,
        { view: viewId, fields: [] },
        async (records) => void ids.push(...records.map((r) => r.id)),
      );
      await deps.db.saveViewRecords(viewId, ids);
    },
    /** Waits for whatever runs for the base now. */
    idle: async (baseId: string) => void (await running.get(baseId)),
  };
}

export type SyncEngine = ReturnType<typeof createSyncEngine>;
