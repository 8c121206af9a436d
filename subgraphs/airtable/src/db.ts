import { createPrismaAdapter } from '@pyairtable/db';
import { stableJson } from './stable-json.ts';
import { changedFieldIds } from './sync/diff-cells.ts';
import {
  Prisma,
  PrismaClient,
  type BaseLink,
  type MirrorBase,
  type SyncState,
  type WriteKind,
} from './generated/prisma/client.ts';

export type {
  BaseLink,
  Connection,
  MirrorBase,
  MirrorField,
  MirrorRecord,
  MirrorTable,
  MirrorView,
  WriteBatch,
  WriteOp,
  WriteKind,
  SyncState,
  RecordChange,
} from './generated/prisma/client.ts';

/** Where a change to the mirror is logged for consumers that must not miss one. */
export interface ChangeLogTarget {
  baseId: string;
  workspaceIds: readonly string[];
  source: 'sync' | 'platform';
  actorId?: string | null;
}

// Change-log rows take their sequence under this lock, held until commit, so a reader that
// has seen sequence N never later finds a smaller one committed (no gaps in commit order).
const CHANGE_LOG_LOCK = 7_300_116;

/** A mirrored base with the workspaces linked to it, oldest link first. */
export type LinkedBase = MirrorBase & { links: BaseLink[] };

/** The workspaces a base's changes are announced to. */
export const linkedWorkspaceIds = (base: LinkedBase) => base.links.map((l) => l.workspaceId);

export interface SchemaTable {
  id: string;
  name: string;
  description?: string | null;
  primaryFieldId: string;
  fields: {
    id: string;
    name: string;
    type: string;
    description?: string | null;
    options?: unknown;
  }[];
  views: { id: string; name: string; type: string }[];
}

export interface RecordRow {
  id: string;
  tableId: string;
  cells: Record<string, unknown>;
  createdTime: Date;
  createdById?: string | null;
}

const withLinks = { links: { orderBy: { createdAt: 'asc' as const } } };

type Tx = Prisma.TransactionClient;

async function logChanges(
  tx: Tx,
  tableId: string,
  log: ChangeLogTarget,
  changes: {
    recordId: string;
    kind: 'CREATED' | 'UPDATED' | 'DELETED';
    changedFields: string[];
    before: Record<string, unknown> | null;
    after: Record<string, unknown> | null;
    createdTime: Date | null;
  }[],
): Promise<void> {
  if (changes.length === 0) return;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${CHANGE_LOG_LOCK})`;
  await tx.recordChange.createMany({
    data: changes.map((c) => ({
      baseId: log.baseId,
      tableId,
      recordId: c.recordId,
      kind: c.kind,
      changedFields: c.changedFields,
      before: json(c.before),
      after: json(c.after),
      createdTime: c.createdTime,
      source: log.source,
      workspaceIds: [...log.workspaceIds],
      actorId: log.actorId ?? null,
    })),
  });
}

/** The created row, or null when a unique key says it exists already. */
async function ifNew<T>(create: Promise<T>): Promise<T | null> {
  try {
    return await create;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')
      return null;
    throw error;
  }
}

async function unlink(tx: Tx, baseId: string, workspaceId: string): Promise<boolean> {
  await tx.baseLink.deleteMany({ where: { baseId, workspaceId } });
  const [next] = await tx.baseLink.findMany({
    where: { baseId },
    orderBy: { createdAt: 'asc' },
    take: 1,
  });
  if (!next) {
    await tx.mirrorBase.deleteMany({ where: { id: baseId } });
    return true;
  }
  await tx.mirrorBase.updateMany({
    where: { id: baseId, workspaceId },
    data: { workspaceId: next.workspaceId, connectionId: next.connectionId },
  });
  return false;
}

const json = (value: unknown) =>
  value === undefined || value === null ? Prisma.DbNull : (value as Prisma.InputJsonValue);

/** Every query the airtable subgraph makes; the only file that touches Prisma. */
export function createAirtableDb(databaseUrl: string) {
  const prisma = new PrismaClient({ adapter: createPrismaAdapter(databaseUrl) });

  return {
    close: () => prisma.$disconnect(),
    ping: async () => (await prisma.$queryRaw<{ ok: number }[]>`SELECT 1 AS ok`).length === 1,

    // Connections
    insertConnection: (data: {
      workspaceId: string;
      name: string;
      tokenSealed: string;
      tokenHint: string;
      createdById: string;
    }) => prisma.connection.create({ data }),
    findConnection: (id: string) => prisma.connection.findUnique({ where: { id } }),
    listConnections: (workspaceId: string) =>
      prisma.connection.findMany({ where: { workspaceId }, orderBy: { createdAt: 'asc' } }),
    /**
     * Removes a connection and its links. A base it synced is handed to another linked
     * workspace's connection, or deleted with its mirror when no link is left. Returns the
     * ids of the bases deleted.
     */
    deleteConnection: (id: string) =>
      prisma.$transaction(async (tx) => {
        const links = await tx.baseLink.findMany({ where: { connectionId: id } });
        const deleted: string[] = [];
        for (const link of links) {
          if (await unlink(tx, link.baseId, link.workspaceId)) deleted.push(link.baseId);
        }
        await tx.connection.delete({ where: { id } });
        return deleted;
      }),

    // Bases, each with the workspaces linked to it (oldest link first)
    findBase: (id: string) => prisma.mirrorBase.findUnique({ where: { id }, include: withLinks }),
    /** Bases linked to a workspace, or through a connection; every base when not narrowed. */
    /** Mirrored bases, and those synced (READY). */
    countBases: async () => {
      const [bases, basesSynced] = await prisma.$transaction([
        prisma.mirrorBase.count(),
        prisma.mirrorBase.count({ where: { syncState: 'READY' } }),
      ]);
      return { bases, basesSynced };
    },
    listBases: (where: { workspaceId?: string; connectionId?: string } = {}) =>
      prisma.mirrorBase.findMany({
        where: where.workspaceId || where.connectionId ? { links: { some: where } } : {},
        include: withLinks,
        orderBy: { createdAt: 'asc' },
      }),
    /** Starts mirroring a base, linked to the workspace whose connection reaches it; null when it is mirrored already. */
    insertBase: (data: {
      baseId: string;
      workspaceId: string;
      connectionId: string;
      name: string;
    }) =>
      ifNew(
        prisma.mirrorBase.create({
          data: {
            id: data.baseId,
            workspaceId: data.workspaceId,
            connectionId: data.connectionId,
            name: data.name,
            links: { create: { workspaceId: data.workspaceId, connectionId: data.connectionId } },
          },
          include: withLinks,
        }),
      ),
    /** Links another workspace to a mirrored base, through its own connection; null when linked already. */
    insertLink: (data: { baseId: string; workspaceId: string; connectionId: string }) =>
      ifNew(prisma.baseLink.create({ data })),
    /**
     * Removes a workspace's link to a base. The mirror goes with its last link; otherwise
     * another link's connection takes over syncing. Returns true when the mirror was deleted.
     */
    unlinkBase: (baseId: string, workspaceId: string) =>
      prisma.$transaction((tx) => unlink(tx, baseId, workspaceId)),
    restartInterruptedSyncs: () =>
      prisma.mirrorBase.updateMany({
        where: { syncState: 'SYNCING' },
        data: { syncState: 'PENDING' },
      }),
    updateSync: (
      id: string,
      data: Partial<{
        syncState: SyncState;
        recordsDone: number;
        recordsTotal: number | null;
        tablesDone: number;
        tablesTotal: number;
        syncError: string | null;
        lastSyncedAt: Date;
        pollWatermark: Date;
        lastReconciledAt: Date;
        name: string;
        webhookId: string | null;
        webhookMacSealed: string | null;
        webhookCursor: number;
        webhookExpiresAt: Date | null;
      }>,
    ) => prisma.mirrorBase.update({ where: { id }, data, include: withLinks }),

    // Schema
    listTables: (baseId: string) =>
      prisma.mirrorTable.findMany({
        where: { baseId },
        orderBy: { position: 'asc' },
        include: {
          fields: { orderBy: { position: 'asc' } },
          views: { orderBy: { position: 'asc' } },
        },
      }),
    findTable: (id: string) =>
      prisma.mirrorTable.findUnique({
        where: { id },
        include: {
          fields: { orderBy: { position: 'asc' } },
          views: { orderBy: { position: 'asc' } },
        },
      }),
    findTables: (ids: readonly string[]) =>
      prisma.mirrorTable.findMany({
        where: { id: { in: [...ids] } },
        include: {
          fields: { orderBy: { position: 'asc' } },
          views: { orderBy: { position: 'asc' } },
        },
      }),
    /** A table of a base by id or name (ids win), with its fields and views. */
    findTableInBase: async (baseId: string, idOrName: string) => {
      const tables = await prisma.mirrorTable.findMany({
        where: { baseId, OR: [{ id: idOrName }, { name: idOrName }] },
        include: {
          fields: { orderBy: { position: 'asc' } },
          views: { orderBy: { position: 'asc' } },
        },
      });
      return tables.find((t) => t.id === idOrName) ?? tables[0] ?? null;
    },
    tableVersion: async (id: string) =>
      (await prisma.mirrorTable.findUnique({ where: { id }, select: { version: true } }))
        ?.version ?? null,
    /** Replaces a base's schema with Airtable's, keeping records of tables that still exist. Returns changed table ids. */
    saveSchema: (baseId: string, tables: SchemaTable[]) =>
      prisma.$transaction(async (tx) => {
        const before = await tx.mirrorTable.findMany({
          where: { baseId },
          include: { fields: true },
        });
        const changed: string[] = [];
        await tx.mirrorTable.deleteMany({
          where: { baseId, id: { notIn: tables.map((t) => t.id) } },
        });
        for (const [position, t] of tables.entries()) {
          const old = before.find((b) => b.id === t.id);
          const signature = stableJson(
            t.fields.map((f) => [f.id, f.name, f.type, f.options ?? null]),
          );
          const oldSignature = old
            ? stableJson(
                old.fields
                  .sort((a, b) => a.position - b.position)
                  .map((f) => [f.id, f.name, f.type, f.options ?? null]),
              )
            : '';
          if (!old || old.name !== t.name || signature !== oldSignature) changed.push(t.id);
          await tx.mirrorTable.upsert({
            where: { id: t.id },
            create: {
              id: t.id,
              baseId,
              name: t.name,
              description: t.description ?? null,
              primaryFieldId: t.primaryFieldId,
              position,
            },
            update: {
              name: t.name,
              description: t.description ?? null,
              primaryFieldId: t.primaryFieldId,
              position,
              version: { increment: 1 },
            },
          });
          await tx.mirrorField.deleteMany({ where: { tableId: t.id } });
          await tx.mirrorField.createMany({
            data: t.fields.map((f, i) => ({
              id: f.id,
              tableId: t.id,
              name: f.name,
              type: f.type,
              description: f.description ?? null,
              options: json(f.options),
              position: i,
            })),
          });
          // Views keep their record order until the next refresh replaces it.
          const oldViews = await tx.mirrorView.findMany({ where: { tableId: t.id } });
          await tx.mirrorView.deleteMany({ where: { tableId: t.id } });
          await tx.mirrorView.createMany({
            data: t.views.map((v, i) => ({
              id: v.id,
              tableId: t.id,
              name: v.name,
              type: v.type,
              position: i,
              recordIds: json(oldViews.find((o) => o.id === v.id)?.recordIds),
            })),
          });
        }
        return changed;
      }),

    saveViewRecords: (viewId: string, recordIds: string[]) =>
      prisma.$transaction(async (tx) => {
        const view = await tx.mirrorView.update({ where: { id: viewId }, data: { recordIds } });
        await tx.mirrorTable.update({
          where: { id: view.tableId },
          data: { version: { increment: 1 } },
        });
      }),

    // Records
    listRecords: (tableId: string) =>
      prisma.mirrorRecord.findMany({
        where: { tableId },
        orderBy: [{ createdTime: 'asc' }, { id: 'asc' }],
      }) as Promise<RecordRow[]>,
    findRecords: (ids: readonly string[]) =>
      prisma.mirrorRecord.findMany({ where: { id: { in: [...ids] } } }) as Promise<RecordRow[]>,
    listRecordIds: async (tableId: string) =>
      (await prisma.mirrorRecord.findMany({ where: { tableId }, select: { id: true } })).map(
        (r) => r.id,
      ),
    countRecords: (tableId: string) => prisma.mirrorRecord.count({ where: { tableId } }),
    /**
     * Writes records as Airtable returned them; returns what existed before, for change events.
     * With `log`, each real change goes to the change log in the same transaction.
     */
    upsertRecords: (
      tableId: string,
      records: {
        id: string;
        cells: Record<string, unknown>;
        createdTime: Date;
        createdById?: string | null;
      }[],
      log?: ChangeLogTarget,
    ) =>
      prisma.$transaction(async (tx) => {
        const before = await tx.mirrorRecord.findMany({
          where: { id: { in: records.map((r) => r.id) } },
        });
        await tx.mirrorRecord.deleteMany({ where: { id: { in: records.map((r) => r.id) } } });
        await tx.mirrorRecord.createMany({
          data: records.map((r) => ({
            id: r.id,
            tableId,
            cells: r.cells as Prisma.InputJsonValue,
            createdTime: r.createdTime,
            createdById: r.createdById ?? before.find((b) => b.id === r.id)?.createdById ?? null,
          })),
        });
        await tx.mirrorTable.update({
          where: { id: tableId },
          data: { version: { increment: 1 } },
        });
        if (log) {
          const old = new Map(before.map((b) => [b.id, b.cells as Record<string, unknown>]));
          await logChanges(
            tx,
            tableId,
            log,
            records.flatMap((r) => {
              const previous = old.get(r.id);
              const changedFields = previous
                ? changedFieldIds(previous, r.cells)
                : Object.keys(r.cells).sort();
              if (previous && changedFields.length === 0) return [];
              return [
                {
                  recordId: r.id,
                  kind: previous ? ('UPDATED' as const) : ('CREATED' as const),
                  changedFields,
                  before: previous ?? null,
                  after: r.cells,
                  createdTime: r.createdTime,
                },
              ];
            }),
          );
        }
        return before as RecordRow[];
      }),
    /** Removes records; with `log`, each removal goes to the change log with its last cells. */
    deleteRecords: (tableId: string, ids: readonly string[], log?: ChangeLogTarget) =>
      prisma.$transaction(async (tx) => {
        const gone = log
          ? await tx.mirrorRecord.findMany({ where: { tableId, id: { in: [...ids] } } })
          : [];
        const { count } = await tx.mirrorRecord.deleteMany({
          where: { tableId, id: { in: [...ids] } },
        });
        if (log) {
          await logChanges(
            tx,
            tableId,
            log,
            gone.map((r) => ({
              recordId: r.id,
              kind: 'DELETED' as const,
              changedFields: [],
              before: r.cells as Record<string, unknown>,
              after: null,
              createdTime: r.createdTime,
            })),
          );
        }
        if (count > 0)
          await tx.mirrorTable.update({
            where: { id: tableId },
            data: { version: { increment: 1 } },
          });
        return count;
      }),

    // Change log
    /** Changes after `sequence`, oldest first. */
    listRecordChanges: (after: bigint, limit: number) =>
      prisma.recordChange.findMany({
        where: { sequence: { gt: after } },
        orderBy: { sequence: 'asc' },
        take: limit,
      }),
    /** The newest change's sequence (0 when the log is empty). */
    lastRecordChange: async () =>
      (
        await prisma.recordChange.findFirst({
          orderBy: { sequence: 'desc' },
          select: { sequence: true },
        })
      )?.sequence ?? 0n,
    pruneRecordChanges: (before: Date) =>
      prisma.recordChange.deleteMany({ where: { occurredAt: { lt: before } } }),

    // Outbox
    findBatch: (id: string) =>
      prisma.writeBatch.findUnique({ where: { id }, include: { ops: { orderBy: { id: 'asc' } } } }),
    findBatchByKey: (baseId: string, idempotencyKey: string) =>
      prisma.writeBatch.findUnique({
        where: { baseId_idempotencyKey: { baseId, idempotencyKey } },
        include: { ops: { orderBy: { id: 'asc' } } },
      }),
    /** Stores a write and its records in one transaction: after this, nothing is lost. */
    insertBatch: (
      batch: {
        workspaceId: string;
        baseId: string;
        tableId: string;
        kind: WriteKind;
        requestedById: string | null;
        idempotencyKey: string | null;
      },
      ops: {
        recordId?: string;
        fields?: Record<string, unknown>;
        typecast: boolean;
        replace: boolean;
        fieldsToMergeOn?: string[];
      }[],
    ) =>
      prisma.writeBatch.create({
        data: {
          ...batch,
          ops: {
            create: ops.map((op) => ({
              baseId: batch.baseId,
              workspaceId: batch.workspaceId,
              tableId: batch.tableId,
              kind: batch.kind,
              recordId: op.recordId ?? null,
              fields: json(op.fields),
              typecast: op.typecast,
              replace: op.replace,
              fieldsToMergeOn: json(op.fieldsToMergeOn),
            })),
          },
        },
      }),
    hasPendingWrites: async (baseId: string) =>
      (await prisma.writeOp.count({ where: { baseId, status: 'PENDING' } })) > 0,
    basesWithPendingWrites: async () =>
      (
        await prisma.writeOp.findMany({
          where: { status: 'PENDING' },
          distinct: ['baseId'],
          select: { baseId: true },
        })
      ).map((r) => r.baseId),
    /**
     * Leases the oldest pending ops of a base to one writer (skipping ops another live writer
     * holds), so two processes never send the same write.
     */
    claimOps: (baseId: string, limit: number, writerId: string, leaseMs: number) =>
      prisma.$transaction(async (tx) => {
        const rows = await tx.$queryRaw<{ id: bigint }[]>`
          SELECT id FROM "WriteOp"
          WHERE "baseId" = ${baseId} AND status = 'PENDING'
            AND ("leaseUntil" IS NULL OR "leaseUntil" < now() OR "leasedBy" = ${writerId})
          ORDER BY id LIMIT ${limit} FOR UPDATE SKIP LOCKED`;
        if (rows.length === 0) return [];
        const ids = rows.map((r) => r.id);
        await tx.writeOp.updateMany({
          where: { id: { in: ids } },
          data: { leasedBy: writerId, leaseUntil: new Date(Date.now() + leaseMs) },
        });
        return tx.writeOp.findMany({ where: { id: { in: ids } }, orderBy: { id: 'asc' } });
      }),
    completeOps: (
      results: {
        id: bigint;
        status: 'APPLIED' | 'FAILED';
        resultRecordId?: string | null;
        error?: string | null;
      }[],
    ) =>
      prisma.$transaction(
        results.map((r) =>
          prisma.writeOp.update({
            where: { id: r.id },
            data: {
              status: r.status,
              resultRecordId: r.resultRecordId ?? null,
              error: r.error ?? null,
              attempts: { increment: 1 },
            },
          }),
        ),
      ),
    /** Marks batches whose ops are all done as APPLIED (or FAILED if any failed); returns those completed now. */
    settleBatches: async (batchIds: readonly string[]) => {
      const done: string[] = [];
      for (const id of new Set(batchIds)) {
        const ops = await prisma.writeOp.findMany({
          where: { batchId: id },
          select: { status: true, error: true },
        });
        if (ops.some((o) => o.status === 'PENDING')) continue;
        const failed = ops.find((o) => o.status === 'FAILED');
        const { count } = await prisma.writeBatch.updateMany({
          where: { id, status: 'PENDING' },
          data: {
            status: failed ? 'FAILED' : 'APPLIED',
            error: failed?.error ?? null,
            completedAt: new Date(),
          },
        });
        if (count > 0) done.push(id);
      }
      return done;
    },
  };
}

export type AirtableDb = ReturnType<typeof createAirtableDb>;
