import { createEvent } from '@pyairtable/events';
import { linkedWorkspaceIds, type LinkedBase } from '../db.ts';
import { announce } from './announce.ts';
import { applyWebhook } from './apply-webhook.ts';
import { fullSync } from './full-sync.ts';
import { poll } from './poll.ts';
import { reconcile } from './reconcile.ts';
import { reportProgress } from './report-progress.ts';
import { SyncStopped, type SyncDeps, type SyncJob } from './sync-job.ts';
import { viewRecordIds } from './table-pages.ts';

export type { SyncDeps } from './sync-job.ts';

// With webhooks, polling is only a safety net.
const WEBHOOK_POLL_INTERVAL_MS = 60_000;
const TICK_MS = 500;
const PRUNE_EVERY_MS = 10 * 60_000;

type Job = (job: SyncJob, base: LinkedBase) => Promise<void>;

/**
 * Schedules the sync jobs of every base: a full sync first, then polling by
 * LAST_MODIFIED_TIME and periodic reconciliation (webhook payloads when pinged). One job per
 * base runs at a time.
 */
export function createSyncEngine(deps: SyncDeps) {
  const running = new Map<string, Promise<void>>();
  const queued = new Map<string, Promise<void>>();
  const nextPoll = new Map<string, number>();
  const nextReconcile = new Map<string, number>();
  let timer: NodeJS.Timeout | undefined;
  let stopping = false;
  const job: SyncJob = { ...deps, stopping: () => stopping };

  /**
   * Runs one job for a base at a time. Asked while another job runs, the job runs right
   * after it (once, however many ask meanwhile): a webhook ping or an explicit reconcile is
   * never answered by a poll that happened to be running.
   */
  function run(baseId: string, work: Job, what: string): Promise<void> {
    const current = running.get(baseId);
    if (current) {
      const key = `${baseId}\u0000${what}`;
      let next = queued.get(key);
      if (!next) {
        next = current.then(() => {
          queued.delete(key);
          return stopping ? undefined : run(baseId, work, what);
        });
        queued.set(key, next);
      }
      return next;
    }
    // Never rejects: callers start jobs without awaiting them, and a failure is logged here.
    const promise = (async () => {
      let base: LinkedBase | null = null;
      try {
        base = await deps.db.findBase(baseId);
        if (base) await work(job, base);
      } catch (error) {
        if (error instanceof SyncStopped) return;
        deps.logger.error({ err: error, baseId }, `${what} failed`);
        if (work === fullSync && base) {
          const failed = base;
          const message = (error as Error).message.slice(0, 1000);
          await reportProgress(deps, failed, { syncState: 'ERROR', syncError: message })
            .then(() =>
              announce(deps.events, linkedWorkspaceIds(failed), (workspaceId) =>
                createEvent('sync.failed', { workspaceId, baseId: failed.id, error: message }),
              ),
            )
            .catch(() => undefined);
        }
      }
    })().finally(() => running.delete(baseId));
    running.set(baseId, promise);
    return promise;
  }

  let nextPrune = 0;

  async function tick() {
    const now = deps.clock().getTime();
    if (now >= nextPrune) {
      nextPrune = now + PRUNE_EVERY_MS;
      await deps.db.pruneRecordChanges(
        new Date(now - deps.config.CHANGE_LOG_RETENTION_HOURS * 3_600_000),
      );
    }
    const suspended = (await deps.suspendedWorkspaces?.()) ?? new Set<string>();
    for (const base of await deps.db.listBases()) {
      if (running.has(base.id)) continue;
      // A suspended workspace's token is not used; its mirror stays as it is.
      if (suspended.has(base.workspaceId)) continue;
      if (base.syncState === 'PENDING') {
        void run(base.id, fullSync, 'full sync');
        continue;
      }
      // A base that never finished its first sync waits for an explicit resync.
      if (base.syncState !== 'READY' && !(base.syncState === 'ERROR' && base.lastSyncedAt))
        continue;
      const reconcileAt =
        nextReconcile.get(base.id) ??
        (base.lastReconciledAt?.getTime() ?? 0) + deps.config.RECONCILE_INTERVAL_MS;
      if (now >= reconcileAt) {
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
      await deps.db.saveViewRecords(viewId, await viewRecordIds(job, base, tableId, viewId));
    },
    /** Waits for whatever runs for the base now. */
    idle: async (baseId: string) => void (await running.get(baseId)),
  };
}

export type SyncEngine = ReturnType<typeof createSyncEngine>;
