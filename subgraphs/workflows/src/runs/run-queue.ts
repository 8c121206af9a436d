import { randomUUID } from 'node:crypto';
import PgBoss from 'pg-boss';
import type { Logger } from '@pyairtable/subgraph-kit';
import type { WorkflowsConfig } from '../config.ts';
import type { WorkflowsDb } from '../db.ts';

const QUEUE = 'workflow-run';
// How long a new run's job has to reach a worker before the sweeper sends another.
const DISPATCH_GRACE_MS = 30_000;

export interface RunQueueDeps {
  config: WorkflowsConfig;
  db: WorkflowsDb;
  logger: Logger;
  clock: () => Date;
}

/**
 * Runs are pg-boss jobs on the workflows database (schema pgboss): a job says "work on run X
 * (from time T)". The run's row holds the truth — a lease renewed while a process works on it,
 * each step's result — so a duplicate job does nothing, and the sweeper sends a new job for
 * any run whose holder stopped renewing (a process killed mid-run) or whose job was lost.
 */
export function createRunQueue(deps: RunQueueDeps) {
  const { config, db, logger, clock } = deps;
  const worker = `workflows-${randomUUID().slice(0, 8)}`;
  const boss = new PgBoss({
    connectionString: config.DATABASE_URL,
    schema: 'pgboss',
    max: Math.min(config.WORKFLOWS_CONCURRENCY + 2, 10),
    // Runs are reclaimed by the sweeper below; pg-boss's own timers only clean up.
    schedule: false,
    application_name: worker,
  });
  boss.on('error', (err: Error) => logger.warn({ err }, 'pg-boss'));
  let started: Promise<void> | null = null;
  let workerIds: string[] = [];
  let sweeper: NodeJS.Timeout | undefined;
  let sweeping: Promise<void> | null = null;
  let handler: ((runId: string) => Promise<void>) | null = null;
  const abort = new AbortController();

  function start() {
    started ??= (async () => {
      await boss.start();
      await boss.createQueue(QUEUE, {
        name: QUEUE,
        // A handler that throws is retried; the run's own state says where to go on.
        retryLimit: 5,
        retryDelay: 1,
        retryBackoff: true,
        expireInSeconds: Math.min(config.WORKFLOWS_RUN_TIMEOUT_S + 60, 23 * 3600),
      });
    })();
    return started;
  }

  async function sweep() {
    const now = clock();
    const orphans = await db.listOrphanedRuns(now, 100);
    for (const { id } of orphans) {
      logger.info({ runId: id }, 'run resumed by the sweeper');
      await dispatch([id]);
    }
  }

  /** Sends jobs for runs (now, or at `at`); their rows give the job time to arrive. */
  async function dispatch(runIds: readonly string[], at?: Date) {
    if (runIds.length === 0) return;
    await start();
    const now = clock();
    const due = at ?? now;
    for (const runId of runIds) {
      await db.touchRun(runId, now, new Date(due.getTime() + DISPATCH_GRACE_MS));
    }
    await boss.insert(
      runIds.map((runId) => ({ name: QUEUE, data: { runId }, ...(at ? { startAfter: at } : {}) })),
    );
    if (!at) for (const id of workerIds) boss.notifyWorker(id);
  }

  return {
    worker,
    /** Aborted when this process stops: runs in progress leave their steps to be resumed. */
    stopping: abort.signal,
    start,
    dispatch,
    graceMs: DISPATCH_GRACE_MS,
    /** Starts working on runs with `execute` (one job at a time per worker slot). */
    async work(execute: (runId: string) => Promise<void>) {
      handler = execute;
      await start();
      for (let i = 0; i < config.WORKFLOWS_CONCURRENCY; i++) {
        workerIds.push(
          await boss.work<{ runId: string }>(
            QUEUE,
            {
              batchSize: 1,
              pollingIntervalSeconds: Math.max(config.WORKFLOWS_POLL_MS / 1000, 0.5),
            },
            async ([job]) => {
              if (job && handler) await handler(job.data.runId);
            },
          ),
        );
      }
      sweeper = setInterval(() => {
        sweeping ??= sweep()
          .catch((err: unknown) => logger.warn({ err }, 'sweeping runs failed'))
          .finally(() => (sweeping = null));
      }, config.WORKFLOWS_POLL_MS);
      sweeper.unref();
    },
    /** Looks for orphaned runs now (tests). */
    sweep,
    async stop() {
      if (sweeper) clearInterval(sweeper);
      abort.abort(new Error('The workflows process is stopping.'));
      await sweeping;
      handler = null;
      workerIds = [];
      if (started) await started.catch(() => undefined);
      await boss.stop({ graceful: true, wait: true, timeout: 5_000 });
    },
  };
}

export type RunQueue = ReturnType<typeof createRunQueue>;
