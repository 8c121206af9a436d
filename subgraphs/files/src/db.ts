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
