import { createPrismaAdapter } from '@pyairtable/db';
import type { Prisma } from './generated/prisma/client.ts';
import { PrismaClient } from './generated/prisma/client.ts';

export type {
  File,
  FileStatus,
  ImportJob,
  ImportRejection,
  ImportStatus,
} from './generated/prisma/client.ts';

export interface NewFile {
  workspaceId: string;
  filename: string;
  size: number;
  declaredType: string;
  createdById: string;
}

export interface ImportColumnMapping {
  column: number;
  field: string;
}

export interface NewImport {
  workspaceId: string;
  fileId: string;
  baseId: string;
  tableId: string;
  mapping: ImportColumnMapping[];
  mergeOn: string[];
  headerLine: number;
  createdById: string;
  /** The caller who started it, as signed by the gateway (issuedAt aside). */
  actor: Record<string, unknown>;
}

export interface NewRejection {
  line: number;
  column: string | null;
  reason: string;
}

/** Every query the files subgraph makes; the only file that touches Prisma. */
export function createFilesDb(databaseUrl: string) {
  const prisma = new PrismaClient({ adapter: createPrismaAdapter(databaseUrl) });

  return {
    prisma,
    ping: () => prisma.$queryRaw`SELECT 1`.then(() => true),
    close: () => prisma.$disconnect(),

    /**
     * Stores a file unless the workspace's files would then pass `quota` bytes; null when they
     * would. A lock per workspace makes concurrent uploads count each other.
     */
    insertFileWithinQuota: (file: NewFile, quota: number) =>
      prisma.$transaction(async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${file.workspaceId}))`;
        const used = await usedBytesOf(tx, file.workspaceId);
        if (used + file.size > quota) return null;
        return tx.file.create({ data: { ...file, size: BigInt(file.size) } });
      }),
    findFile: (id: string) => prisma.file.findUnique({ where: { id } }),
    usedBytes: (workspaceId: string) => usedBytesOf(prisma, workspaceId),
    listFiles: (workspaceId: string, take: number, after?: { createdAt: Date; id: string }) =>
      prisma.file.findMany({
        where: {
          workspaceId,
          status: { not: 'REJECTED' },
          ...(after
            ? {
                OR: [
                  { createdAt: { lt: after.createdAt } },
                  { createdAt: after.createdAt, id: { lt: after.id } },
                ],
              }
            : {}),
        },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take,
      }),
    markReady: (
      id: string,
      data: {
        contentType: string;
        sha256: string;
        hasThumbnail: boolean;
        width?: number;
        height?: number;
      },
      at: Date,
    ) => prisma.file.update({ where: { id }, data: { ...data, status: 'READY', completedAt: at } }),
    markRejected: (id: string, reason: string, at: Date) =>
      prisma.file.update({
        where: { id },
        data: { status: 'REJECTED', rejectedReason: reason, completedAt: at },
      }),
    deleteFile: (id: string) => prisma.file.delete({ where: { id } }).then(() => true),

    insertImport: (job: NewImport) =>
      prisma.importJob.create({
        data: {
          ...job,
          mapping: job.mapping as unknown as Prisma.InputJsonValue,
          actor: job.actor as Prisma.InputJsonValue,
        },
      }),
    findImport: (id: string) => prisma.importJob.findUnique({ where: { id } }),
    listImports: (workspaceId: string, take: number) =>
      prisma.importJob.findMany({ where: { workspaceId }, orderBy: { createdAt: 'desc' }, take }),
    /**
     * Takes the oldest job that is queued, or running under a lease that ran out (its process
     * died), until `leaseUntil`; null when there is none. Skips jobs another process is taking.
     */
    claimImport: async (now: Date, leaseUntil: Date) => {
      const [row] = await prisma.$queryRaw<{ id: string }[]>`
        UPDATE "ImportJob" SET "status" = 'RUNNING', "leaseUntil" = ${leaseUntil},
          "startedAt" = COALESCE("startedAt", ${now})
        WHERE "id" = (
          SELECT "id" FROM "ImportJob"
          WHERE "status" = 'QUEUED' OR ("status" = 'RUNNING' AND "leaseUntil" < ${now})
          ORDER BY "createdAt" LIMIT 1 FOR UPDATE SKIP LOCKED)
        RETURNING "id"`;
      return row ? prisma.importJob.findUnique({ where: { id: row.id } }) : null;
    },
    setImportTotal: (id: string, totalRows: number) =>
      prisma.importJob.update({ where: { id }, data: { totalRows } }),
    /**
     * Records a written chunk: its rejected rows and the new position, in one transaction,
     * and only while the job is still this run's (RUNNING); false when it was not.
     */
    recordChunk: (
      id: string,
      chunk: { rows: number; written: number; rejections: NewRejection[] },
      leaseUntil: Date,
    ) =>
      prisma.$transaction(async (tx) => {
        const updated = await tx.importJob.updateMany({
          where: { id, status: 'RUNNING' },
          data: {
            rowsDone: { increment: chunk.rows },
            rowsWritten: { increment: chunk.written },
            rowsRejected: { increment: chunk.rejections.length },
            leaseUntil,
          },
        });
        if (updated.count === 0) return false;
        await tx.importRejection.createMany({
          data: chunk.rejections.map((r) => ({ ...r, jobId: id })),
          skipDuplicates: true,
        });
        return true;
      }),
    finishImport: (id: string, status: 'SUCCEEDED' | 'FAILED', at: Date, error?: string) =>
      prisma.importJob.updateMany({
        where: { id, status: 'RUNNING' },
        data: { status, finishedAt: at, leaseUntil: null, error: error ?? null },
      }),
    cancelImport: (id: string, at: Date) =>
      prisma.importJob.updateMany({
        where: { id, status: { in: ['QUEUED', 'RUNNING'] } },
        data: { status: 'CANCELLED', finishedAt: at, leaseUntil: null },
      }),
    listRejections: (jobId: string, afterLine: number, take: number) =>
      prisma.importRejection.findMany({
        where: { jobId, line: { gt: afterLine } },
        orderBy: { line: 'asc' },
        take,
      }),
  };
}

async function usedBytesOf(client: Prisma.TransactionClient | PrismaClient, workspaceId: string) {
  const sum = await client.file.aggregate({
    where: { workspaceId, status: { not: 'REJECTED' } },
    _sum: { size: true },
  });
  return Number(sum._sum.size ?? 0n);
}

export type FilesDb = ReturnType<typeof createFilesDb>;
