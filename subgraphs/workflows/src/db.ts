import { createPrismaAdapter } from '@pyairtable/db';
import type { Prisma } from './generated/prisma/client.ts';
import { PrismaClient, type RunStatus, type StepStatus } from './generated/prisma/client.ts';

export type {
  Run,
  RunStatus,
  StepRun,
  StepStatus,
  WhilePaused,
  Workflow,
  WorkflowVersion,
} from './generated/prisma/client.ts';

export interface WorkflowData {
  workspaceId: string;
  name: string;
  description: string;
  whilePaused: 'QUEUE' | 'DROP';
  concurrency: number;
  triggerType: string;
  baseId: string | null;
  tableId: string | null;
  ownerId: string;
  ownerCaller: unknown;
  webhookSealed: string | null;
  webhookHash: string | null;
  nextRunAt: Date | null;
}

/** A run to store; one whose source was seen already is skipped. */
export interface NewRun {
  workflowId: string;
  workspaceId: string;
  version: number;
  triggerType: string;
  trigger: unknown;
  sourceKey: string | null;
  dryRun?: boolean;
  /** Queued while the workflow is paused. */
  held?: boolean;
  /** Left alone by the sweeper until then (its job is on its way). */
  leaseUntil: Date;
}

const json = (value: unknown) => value as Prisma.InputJsonValue;
const FINISHED: RunStatus[] = ['SUCCEEDED', 'FAILED', 'CANCELLED'];

/** Every query the workflows subgraph makes; the only file that touches Prisma. */
export function createWorkflowsDb(databaseUrl: string) {
  const prisma = new PrismaClient({ adapter: createPrismaAdapter(databaseUrl) });

  async function insertRuns(tx: Prisma.TransactionClient, runs: readonly NewRun[]) {
    if (runs.length === 0) return [];
    return tx.run.createManyAndReturn({
      data: runs.map((r) => ({
        workflowId: r.workflowId,
        workspaceId: r.workspaceId,
        version: r.version,
        triggerType: r.triggerType,
        trigger: json(r.trigger),
        sourceKey: r.sourceKey,
        dryRun: r.dryRun ?? false,
        held: r.held ?? false,
        leaseUntil: r.leaseUntil,
      })),
      skipDuplicates: true,
      select: { id: true, workflowId: true, workspaceId: true, held: true },
    });
  }

  return {
    close: () => prisma.$disconnect(),
    ping: async () => (await prisma.$queryRaw<{ ok: number }[]>`SELECT 1 AS ok`).length === 1,

    // Workflows and versions
    countWorkflows: (workspaceId: string) => prisma.workflow.count({ where: { workspaceId } }),
    insertWorkflow: (data: WorkflowData, version: { trigger: unknown; steps: unknown }) =>
      prisma.workflow.create({
        data: {
          ...data,
          ownerCaller: json(data.ownerCaller),
          versions: {
            create: {
              version: 1,
              trigger: json(version.trigger),
              steps: json(version.steps),
              createdById: data.ownerId,
            },
          },
        },
      }),
    /** Changes a workflow; with `version`, adds it as the next version in the same transaction. */
    updateWorkflow: (
      id: string,
      data: Partial<WorkflowData> & { enabled?: boolean; paused?: boolean },
      version?: { trigger: unknown; steps: unknown; createdById: string },
    ) =>
      prisma.$transaction(async (tx) => {
        const { ownerCaller, ...rest } = data;
        const current = await tx.workflow.update({
          where: { id },
          data: {
            ...rest,
            ...(ownerCaller !== undefined ? { ownerCaller: json(ownerCaller) } : {}),
            ...(version ? { version: { increment: 1 } } : {}),
          },
        });
        if (version)
          await tx.workflowVersion.create({
            data: {
              workflowId: id,
              version: current.version,
              trigger: json(version.trigger),
              steps: json(version.steps),
              createdById: version.createdById,
            },
          });
        return current;
      }),
    deleteWorkflow: (id: string) => prisma.workflow.deleteMany({ where: { id } }),
    findWorkflow: (id: string) => prisma.workflow.findUnique({ where: { id } }),
    findWorkflowByWebhook: (hash: string) =>
      prisma.workflow.findUnique({ where: { webhookHash: hash } }),
    listWorkflows: (workspaceId: string) =>
      prisma.workflow.findMany({
        where: { workspaceId },
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
      }),
    findVersion: (workflowId: string, version: number) =>
      prisma.workflowVersion.findUnique({ where: { workflowId_version: { workflowId, version } } }),
    listVersions: (workflowId: string) =>
      prisma.workflowVersion.findMany({ where: { workflowId }, orderBy: { version: 'desc' } }),
    /** Enabled workflows a change of these tables triggers. */
    listRecordTriggered: (tableIds: readonly string[]) =>
      prisma.workflow.findMany({
        where: {
          enabled: true,
          tableId: { in: [...tableIds] },
          triggerType: { in: ['RECORD_CREATED', 'RECORD_UPDATED', 'RECORD_MATCHES'] },
        },
        include: { versions: true },
      }),
    /** Enabled schedules due at `now`. */
    listDueSchedules: (now: Date) =>
      prisma.workflow.findMany({
        where: { enabled: true, triggerType: 'SCHEDULE', nextRunAt: { lte: now } },
        take: 100,
      }),
    /**
     * Moves a schedule from the slot it fired for to the next one and stores the slot's run, in
     * one transaction; false (and nothing stored) when another process took the slot first.
     */
    takeScheduleSlot: (workflowId: string, slot: Date, next: Date, run: NewRun | null) =>
      prisma.$transaction(async (tx) => {
        const moved = await tx.workflow.updateMany({
          where: { id: workflowId, nextRunAt: slot },
          data: { nextRunAt: next },
        });
        if (moved.count !== 1 || !run) return null;
        return (await insertRuns(tx, [run]))[0] ?? null;
      }),

    // Runs
    insertRuns: (runs: readonly NewRun[]) => prisma.$transaction((tx) => insertRuns(tx, runs)),
    /**
     * Stores runs from a durable feed and moves the feed's cursor in one transaction, so a crash
     * repeats nothing and skips nothing. Null when another process moved it first.
     */
    insertRunsFromFeed: (source: string, from: bigint, to: bigint, runs: readonly NewRun[]) =>
      prisma.$transaction(async (tx) => {
        const moved = await tx.ingestCursor.updateMany({
          where: { source, position: from },
          data: { position: to },
        });
        if (moved.count !== 1) return null;
        return insertRuns(tx, runs);
      }),
    readCursor: async (source: string) =>
      (await prisma.ingestCursor.findUnique({ where: { source } }))?.position ?? null,
    startCursor: (source: string, position: bigint) =>
      prisma.ingestCursor.createMany({ data: [{ source, position }], skipDuplicates: true }),
    /** Runs started (test runs excluded) in a workspace since `since`. */
    countRunsSince: (workspaceId: string, since: Date) =>
      prisma.run.count({ where: { workspaceId, dryRun: false, createdAt: { gte: since } } }),
    findRun: (id: string) => prisma.run.findUnique({ where: { id } }),
    findLastRun: (workflowId: string) =>
      prisma.run.findFirst({
        where: { workflowId, dryRun: false },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      }),
    listRuns: (
      workflowId: string,
      options: { skip: number; take: number; status?: RunStatus | null },
    ) =>
      prisma.run.findMany({
        where: { workflowId, ...(options.status ? { status: options.status } : {}) },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        skip: options.skip,
        take: options.take,
      }),
    listStepRuns: (runId: string) =>
      prisma.stepRun.findMany({ where: { runId }, orderBy: { position: 'asc' } }),

    /**
     * Takes a run for `worker` until `leaseUntil`: a queued or waiting one, or a running one
     * whose holder's lease ran out (a killed process). 'busy' when the workflow already runs
     * `concurrency` runs; null when the run is finished, held, or another process holds it.
     */
    claimRun: (runId: string, worker: string, now: Date, leaseUntil: Date) =>
      prisma.$transaction(async (tx) => {
        const run = await tx.run.findUnique({
          where: { id: runId },
          include: { workflow: { select: { concurrency: true } } },
        });
        if (!run || FINISHED.includes(run.status) || run.held) return null;
        const takenOver = run.status === 'RUNNING';
        if (takenOver && run.leasedBy !== worker && run.leaseUntil && run.leaseUntil > now)
          return null;
        // One workflow's claims queue on one lock, so the concurrency count holds.
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${run.workflowId}))`;
        if (!run.dryRun) {
          const running = await tx.run.count({
            where: {
              workflowId: run.workflowId,
              status: 'RUNNING',
              leaseUntil: { gt: now },
              id: { not: run.id },
            },
          });
          if (running >= run.workflow.concurrency) return 'busy' as const;
        }
        const claimed = await tx.run.updateMany({
          where: { id: run.id, status: run.status, leasedBy: run.leasedBy },
          data: {
            status: 'RUNNING',
            leasedBy: worker,
            leaseUntil,
            startedAt: run.startedAt ?? now,
          },
        });
        return claimed.count === 1
          ? { ...run, status: 'RUNNING' as const, leasedBy: worker }
          : null;
      }),
    /** Extends a lease; false when the run is no longer this worker's (cancelled, taken over). */
    renewLease: async (runId: string, worker: string, leaseUntil: Date, workedMs: number) =>
      (
        await prisma.run.updateMany({
          where: { id: runId, leasedBy: worker, status: 'RUNNING' },
          data: { leaseUntil, workedMs },
        })
      ).count === 1,
    /** Leaves a run queued for later (its workflow was busy); the sweeper checks it at `leaseUntil`. */
    deferRun: (runId: string, leaseUntil: Date) =>
      prisma.run.updateMany({
        where: { id: runId, status: { in: ['QUEUED', 'WAITING'] } },
        data: { leaseUntil },
      }),
    /** Ends a run this worker holds. */
    finishRun: async (
      runId: string,
      worker: string,
      data: {
        status: RunStatus;
        error?: string | null;
        failedStep?: string | null;
        finishedAt?: Date | null;
        leaseUntil?: Date | null;
        workedMs: number;
      },
    ) =>
      (
        await prisma.run.updateMany({
          where: { id: runId, leasedBy: worker, status: 'RUNNING' },
          data: { ...data, leasedBy: null },
        })
      ).count === 1,
    /** Runs whose holder is gone or whose job was lost: due for another job. */
    listOrphanedRuns: (now: Date, limit: number) =>
      prisma.run.findMany({
        where: {
          status: { in: ['QUEUED', 'RUNNING', 'WAITING'] },
          held: false,
          dryRun: false,
          leaseUntil: { lt: now },
        },
        select: { id: true },
        orderBy: { leaseUntil: 'asc' },
        take: limit,
      }),
    /**
     * Gives a run's job time to arrive before the sweeper sends another. A running run whose
     * holder stopped renewing its lease goes back to the queue: its holder is gone (or, if it
     * only stalled, finds at its next renewal that the run is no longer its own).
     */
    touchRun: (runId: string, now: Date, leaseUntil: Date) =>
      prisma.$transaction([
        prisma.run.updateMany({
          where: { id: runId, status: 'RUNNING', leaseUntil: { lt: now } },
          data: { status: 'QUEUED', leasedBy: null, leaseUntil },
        }),
        prisma.run.updateMany({
          where: {
            id: runId,
            status: { in: ['QUEUED', 'WAITING'] },
            leaseUntil: { lt: leaseUntil },
          },
          data: { leaseUntil },
        }),
      ]),
    /** Lets a resumed workflow's queued runs go; returns them. */
    releaseHeldRuns: (workflowId: string, leaseUntil: Date) =>
      prisma.run.updateManyAndReturn({
        where: { workflowId, held: true, status: 'QUEUED' },
        data: { held: false, leaseUntil },
        select: { id: true },
      }),
    cancelRun: async (runId: string, now: Date) =>
      (
        await prisma.run.updateMany({
          where: { id: runId, status: { in: ['QUEUED', 'RUNNING', 'WAITING'] } },
          data: { status: 'CANCELLED', finishedAt: now, leasedBy: null, error: 'Cancelled.' },
        })
      ).count === 1,
    /** Queues a failed or cancelled run again; its failed steps are forgotten, its succeeded ones kept. */
    requeueRun: (runId: string, leaseUntil: Date) =>
      prisma.$transaction(async (tx) => {
        const moved = await tx.run.updateMany({
          where: { id: runId, status: { in: ['FAILED', 'CANCELLED'] } },
          data: {
            status: 'QUEUED',
            error: null,
            failedStep: null,
            finishedAt: null,
            leasedBy: null,
            leaseUntil,
            workedMs: 0,
          },
        });
        if (moved.count !== 1) return false;
        await tx.stepRun.deleteMany({
          where: { runId, status: { in: ['FAILED', 'RUNNING', 'WAITING'] } },
        });
        return true;
      }),
    /** Unfinished runs by status, and when the oldest queued one was created (metrics). */
    countOpenRuns: async () => {
      const groups = await prisma.run.groupBy({
        by: ['status'],
        where: { status: { in: ['QUEUED', 'RUNNING', 'WAITING'] } },
        _count: { _all: true },
        _min: { createdAt: true },
      });
      return groups.map((g) => ({
        status: g.status,
        count: g._count._all,
        oldest: g._min.createdAt,
      }));
    },
    deleteRunsBefore: (before: Date) =>
      prisma.run.deleteMany({ where: { createdAt: { lt: before }, status: { in: FINISHED } } }),

    // Steps of a run
    saveStepRun: (
      runId: string,
      key: string,
      data: {
        position: number;
        stepId: string;
        type: string;
        status: StepStatus;
        input?: unknown;
        output?: unknown;
        logs: string[];
        attempts: number;
        error?: string | null;
        wakeAt?: Date | null;
        startedAt?: Date;
        finishedAt?: Date | null;
      },
    ) => {
      const values = {
        ...data,
        input: data.input === undefined ? undefined : json(data.input),
        output: data.output === undefined ? undefined : json(data.output),
      };
      return prisma.stepRun.upsert({
        where: { runId_key: { runId, key } },
        create: { runId, key, ...values },
        update: values,
      });
    },
  };
}

export type WorkflowsDb = ReturnType<typeof createWorkflowsDb>;
