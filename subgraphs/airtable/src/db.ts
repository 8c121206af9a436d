import { createPrismaAdapter } from '@pyairtable/db';
import { stableJson } from './stable-json.ts';
import { Prisma, PrismaClient, type SyncState, type WriteKind } from './generated/prisma/client.ts';

export type {
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
} from './generated/prisma/client.ts';

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
    deleteConnection: (id: string) => prisma.connection.delete({ where: { id } }),

    // Bases
    findBase: (id: string) => prisma.mirrorBase.findUnique({ where: { id } }),
    findBases: (ids: readonly string[]) =>
      prisma.mirrorBase.findMany({ where: { id: { in: [...ids] } } }),
    listBases: (where: { workspaceId?: string; connectionId?: string } = {}) =>
      prisma.mirrorBase.findMany({ where, orderBy: { createdAt: 'asc' } }),
    insertBase: (data: { id: string; workspaceId: string; connectionId: string; name: string }) =>
      prisma.mirrorBase.create({ data }),
    deleteBase: (id: string) => prisma.mirrorBase.deleteMany({ where: { id } }),
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
    ) => prisma.mirrorBase.update({ where: { id }, data }),

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
    /** Writes records as Airtable returned them; returns what existed before, for change events. */
    upsertRecords: (
      tableId: string,
      records: {
        id: string;
        cells: Record<string, unknown>;
        createdTime: Date;
        createdById?: string | null;
      }[],
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
        return before as RecordRow[];
      }),
    deleteRecords: (tableId: string, ids: readonly string[]) =>
      prisma.$transaction(async (tx) => {
        const { count } = await tx.mirrorRecord.deleteMany({
          where: { tableId, id: { in: [...ids] } },
        });
        if (count > 0)
          await tx.mirrorTable.update({
            where: { id: tableId },
            data: { version: { increment: 1 } },
          });
        return count;
      }),

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
