import { randomUUID } from 'node:crypto';
import { EventEmitter, once } from 'node:events';
import { AirtableApiError, withRetries } from '@pyairtable/airtable-api';
import type { EventBus } from '@pyairtable/events';
import type { Logger } from '@pyairtable/subgraph-kit';
import type { AirtableClients } from '../airtable-clients.ts';
import { linkedWorkspaceIds, type AirtableDb, type WriteOp } from '../db.ts';
import type { SyncEngine } from '../sync/sync-engine.ts';
import { applyRecords, removeRecords } from '../sync/apply-records.ts';
import { MAX_RECORDS_PER_REQUEST, planRequests, type PlannedRequest } from './plan-requests.ts';

export interface WriterDeps {
  db: AirtableDb;
  clients: AirtableClients;
  events: EventBus;
  logger: Logger;
  /** Brings a base up to date from Airtable when a write reached Airtable but not the mirror. */
  sync: Pick<SyncEngine, 'catchUp'>;
}

const OPS_PER_DRAIN = 500;
const RESUME_EVERY_MS = 1_000;
// A request with room left waits while writes are still on their way in (being validated
// and stored, or the newest stored within QUIET_MS), so a burst packs into full requests;
// never longer than MAX_LINGER_MS.
const QUIET_MS = 200;
// Under load (a request went out within the last second) arrivals can pause longer (GC, pools).
const BUSY_QUIET_MS = 500;
const MAX_LINGER_MS = 2_000;
const LINGER_STEP_MS = 20;
// How long a writer holds claimed ops; renewed by every claim. Longer than a retried send.
const LEASE_MS = 120_000;

type Outcome = {
  id: bigint;
  status: 'APPLIED' | 'FAILED';
  resultRecordId?: string | null;
  error?: string | null;
};

/**
 * The per-base writer: drains the durable outbox into paced Airtable requests of at most 10
 * records, updates the mirror and emits events once Airtable accepted a write. Pending ops
 * survive a crash and are resumed on start.
 */
export function createWriter(deps: WriterDeps) {
  const writerId = randomUUID();
  let stopped = false;
  const draining = new Map<string, Promise<void>>();
  const lingerSince = new Map<string, number>();
  const lastSent = new Map<string, number>();
  /** Writes being validated and stored for each base, not yet in the outbox. */
  const incoming = new Map<string, number>();
  const again = new Set<string>();
  /** Outcomes of ops Airtable answered that are not stored yet (the database failed). */
  const unrecorded = new Map<bigint, Outcome>();
  const settled = new EventEmitter().setMaxListeners(0);
  /** Emits 'drained' each time a base's drain round ends. */
  const activity = new EventEmitter().setMaxListeners(0);
  let timer: NodeJS.Timeout | undefined;

  async function send(baseId: string, request: PlannedRequest): Promise<Outcome[]> {
    const base = await deps.db.findBase(baseId);
    if (!base)
      return request.ops.map((op) => ({
        id: op.id,
        status: 'FAILED',
        error: 'The base is no longer synced.',
      }));
    // Sent with the token of the workspace that wrote it; every linked workspace hears it.
    const link = base.links.find((l) => l.workspaceId === request.workspaceId);
    if (!link)
      return request.ops.map((op) => ({
        id: op.id,
        status: 'FAILED',
        error: "The base is no longer linked to this write's workspace.",
      }));
    const client = await deps.clients.forConnection(link.connectionId);
    const target = {
      workspaceIds: linkedWorkspaceIds(base),
      baseId,
      tableId: request.tableId,
      source: 'platform' as const,
      emit: true,
    };
    const fields = (op: WriteOp) => (op.fields ?? {}) as Record<string, unknown>;
    const options = { typecast: request.typecast, returnFieldsByFieldId: true };
    type Written = {
      records: {
        id: string;
        createdTime?: string;
        fields?: Record<string, unknown>;
        deleted?: boolean;
      }[];
    };
    const call = (): Promise<Written> => {
      switch (request.kind) {
        case 'CREATE':
          return client.createRecords(
            baseId,
            request.tableId,
            request.ops.map((op) => ({ fields: fields(op) })),
            options,
          );
        case 'UPDATE':
          return client.updateRecords(
            baseId,
            request.tableId,
            request.ops.map((op) => ({ id: op.recordId!, fields: fields(op) })),
            { ...options, replace: request.replace },
          );
        case 'UPSERT':
          return client.upsertRecords(
            baseId,
            request.tableId,
            request.ops.map((op) => ({ fields: fields(op) })),
            JSON.parse(request.fieldsToMergeOn ?? '[]') as string[],
            options,
          );
        case 'DELETE':
          return client.deleteRecords(
            baseId,
            request.tableId,
            request.ops.map((op) => op.recordId!),
          );
      }
    };
    const result = await withRetries(call, {
      onRetry: (event) => deps.logger.warn({ baseId, retry: event }, 'airtable write retried'),
    });
    // Airtable accepted it: from here on, a failure must not send the write again (a create
    // would be made twice), so the mirror catches up from Airtable instead.
    try {
      const batch = await deps.db.findBatch(request.ops[0]!.batchId);
      if (request.kind === 'DELETE') {
        await removeRecords(
          deps,
          { ...target, actorId: batch?.requestedById },
          result.records.map((r) => r.id),
        );
      } else {
        await applyRecords(
          deps,
          {
            ...target,
            actorId: batch?.requestedById,
            createdById: request.kind === 'UPDATE' ? undefined : batch?.requestedById,
          },
          result.records.map((r) => ({
            id: r.id,
            createdTime: r.createdTime!,
            fields: r.fields ?? {},
          })),
        );
      }
    } catch (err) {
      deps.logger.error(
        { err, baseId, kind: request.kind },
        'airtable accepted a write the mirror could not take; catching up from Airtable',
      );
      deps.sync.catchUp(baseId, request.kind === 'DELETE');
    }
    return request.ops.map((op, i) => ({
      id: op.id,
      status: 'APPLIED',
      resultRecordId: result.records[i]?.id ?? op.recordId,
    }));
  }

  /** Sends a request; when Airtable refuses a multi-batch request, each batch is retried alone so one bad write fails only itself. */
  async function sendIsolating(baseId: string, request: PlannedRequest): Promise<Outcome[]> {
    try {
      return await send(baseId, request);
    } catch (error) {
      if (!(error instanceof AirtableApiError) || error.retryable) throw error;
      const batches = [...new Set(request.ops.map((o) => o.batchId))];
      if (batches.length > 1) {
        const outcomes: Outcome[] = [];
        for (const batchId of batches)
          outcomes.push(
            ...(await sendIsolating(baseId, {
              ...request,
              ops: request.ops.filter((o) => o.batchId === batchId),
            })),
          );
        return outcomes;
      }
      deps.logger.info({ baseId, type: error.type }, 'airtable refused a write');
      return request.ops.map((op) => ({
        id: op.id,
        status: 'FAILED',
        error: `${error.type}: ${error.message}`,
      }));
    }
  }

  /** Stores what Airtable answered for ops and settles their batches. */
  async function complete(ops: WriteOp[], outcomes: Outcome[]): Promise<void> {
    for (const outcome of outcomes) unrecorded.set(outcome.id, outcome);
    await deps.db.completeOps(outcomes);
    for (const outcome of outcomes) unrecorded.delete(outcome.id);
    for (const batchId of await deps.db.settleBatches(ops.map((op) => op.batchId)))
      settled.emit(batchId);
  }

  async function drainOnce(baseId: string): Promise<boolean> {
    if (stopped) return false;
    const ops = await deps.db.claimOps(baseId, OPS_PER_DRAIN, writerId, LEASE_MS);
    if (ops.length === 0) return false;
    // Ops already sent whose outcome could not be stored: store it, never send them again.
    const sent = ops.filter((op) => unrecorded.has(op.id));
    if (sent.length > 0) {
      await complete(
        sent,
        sent.map((op) => unrecorded.get(op.id)!),
      );
      return true;
    }
    const requests = planRequests(ops);
    for (const [index, request] of requests.entries()) {
      const now = Date.now();
      const times = request.ops.map((o) => o.createdAt.getTime());
      const partial = index === requests.length - 1 && request.ops.length < MAX_RECORDS_PER_REQUEST;
      // This plan is stale by now (requests before it took time): plan again with what arrived.
      if (partial && index > 0) return true;
      const quiet = now - (lastSent.get(baseId) ?? 0) < 1_000 ? BUSY_QUIET_MS : QUIET_MS;
      const arriving = (incoming.get(baseId) ?? 0) > 0 || now - Math.max(...times) < quiet;
      const lingering = now - (lingerSince.get(baseId) ?? now) < MAX_LINGER_MS;
      if (partial && arriving && lingering) {
        if (!lingerSince.has(baseId)) lingerSince.set(baseId, now);
        await new Promise((resolve) => setTimeout(resolve, LINGER_STEP_MS));
        return true; // plan again with whatever arrived meanwhile
      }
      lingerSince.delete(baseId);
      lastSent.set(baseId, Date.now());
      const outcomes = await sendIsolating(baseId, request);
      await complete(request.ops, outcomes);
    }
    return true;
  }

  function kick(baseId: string): void {
    if (stopped) return;
    if (draining.has(baseId)) {
      again.add(baseId);
      return;
    }
    const run = (async () => {
      try {
        do {
          again.delete(baseId);
          while (await drainOnce(baseId));
        } while (again.has(baseId));
      } catch (error) {
        // Retries were exhausted (Airtable unavailable): the ops stay pending for the next round.
        deps.logger.error({ err: error, baseId }, 'writer paused');
      }
    })().finally(() => {
      draining.delete(baseId);
      activity.emit('drained', baseId);
    });
    draining.set(baseId, run);
  }

  return {
    kick,
    /** Announces a write on its way into the outbox; call the returned function once it is stored (or refused). */
    expect(baseId: string): () => void {
      incoming.set(baseId, (incoming.get(baseId) ?? 0) + 1);
      let done = false;
      return () => {
        if (done) return;
        done = true;
        incoming.set(baseId, (incoming.get(baseId) ?? 1) - 1);
      };
    },
    /** Resolves true when the batch settled within `ms`, false when it is still pending. */
    waitFor(batchId: string, ms: number): Promise<boolean> {
      return new Promise((resolve) => {
        const done = () => {
          clearTimeout(timeout);
          resolve(true);
        };
        const timeout = setTimeout(() => {
          settled.off(batchId, done);
          resolve(false);
        }, ms);
        settled.once(batchId, done);
        // It may have settled before we started listening.
        void deps.db
          .findBatch(batchId)
          .then((b) => b && b.status !== 'PENDING' && (settled.off(batchId, done), done()));
      });
    },
    start() {
      const resume = async () => {
        for (const baseId of await deps.db.basesWithPendingWrites()) kick(baseId);
      };
      void resume();
      timer ??= setInterval(
        () =>
          void resume().catch((err: unknown) => deps.logger.error({ err }, 'writer resume failed')),
        RESUME_EVERY_MS,
      );
      timer.unref();
    },
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      timer = undefined;
      await Promise.allSettled(draining.values());
    },
    idle: async () => void (await Promise.allSettled(draining.values())),
    /**
     * Resolves once nothing is pending for the base in the outbox and nothing is being sent:
     * a write that would be sent again (paused, or leased by this writer) is waited for.
     */
    async drained(baseId: string): Promise<void> {
      for (;;) {
        // Listen first, so a round ending between the check and the wait is not missed.
        const listening = new AbortController();
        const next = once(activity, 'drained', { signal: listening.signal }).catch(() => []);
        await draining.get(baseId);
        const pending = await deps.db.hasPendingWrites(baseId);
        if (!pending) return listening.abort();
        await next;
      }
    },
  };
}

export type Writer = ReturnType<typeof createWriter>;
