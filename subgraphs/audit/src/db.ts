import { createPrismaAdapter } from '@pyairtable/db';
import type { Prisma } from './generated/prisma/client.ts';
import { PrismaClient } from './generated/prisma/client.ts';
import { GENESIS_HASH, hashEntry } from './domain/hash-entry.ts';

export type { AuditEntry, Checkpoint, RecordChange } from './generated/prisma/client.ts';

/** An entry to append; its chain position and hashes are given here. */
export interface NewEntry {
  id: string;
  chain: string;
  workspaceId: string | null;
  at: Date;
  userId: string | null;
  apiKeyId: string | null;
  path: string;
  operation: string;
  outcome: string;
  errorCode: string | null;
  requestId: string | null;
  ip: string | null;
  userAgent: string | null;
  target: Prisma.InputJsonValue;
  targetKeys: string[];
}

export interface EntryFilter {
  workspaceId: string;
  actor?: string | null;
  path?: string | null;
  operation?: string | null;
  target?: string | null;
  from?: Date | null;
  to?: Date | null;
  outcome?: string | null;
}

export interface NewRecordChange {
  sequence: bigint;
  recordId: string;
  baseId: string;
  tableId: string;
  workspaceIds: string[];
  at: Date;
  kind: string;
  source: string;
  actorId: string | null;
  /** [{ field, old, new }]. */
  changes: { field: string; old: unknown; new: unknown }[];
}

function whereOf(f: EntryFilter): Prisma.AuditEntryWhereInput {
  return {
    workspaceId: f.workspaceId,
    ...(f.actor ? { OR: [{ userId: f.actor }, { apiKeyId: f.actor }] } : {}),
    ...(f.path ? { path: f.path } : {}),
    ...(f.operation ? { operation: f.operation } : {}),
    ...(f.target ? { targetKeys: { has: f.target.toLowerCase() } } : {}),
    ...(f.outcome ? { outcome: f.outcome } : {}),
    ...(f.from || f.to
      ? { at: { ...(f.from ? { gte: f.from } : {}), ...(f.to ? { lt: f.to } : {}) } }
      : {}),
  };
}

/** Every query the audit subgraph makes; the only file that touches Prisma. */
export function createAuditDb(databaseUrl: string) {
  const prisma = new PrismaClient({ adapter: createPrismaAdapter(databaseUrl) });

  /** Appends one chain's entries under its head's row lock; entries already stored are skipped. */
  async function appendToChain(tx: Prisma.TransactionClient, chain: string, entries: NewEntry[]) {
    await tx.$executeRaw`INSERT INTO audit_chain_head (chain, position, hash)
      VALUES (${chain}, 0, ${GENESIS_HASH}) ON CONFLICT (chain) DO NOTHING`;
    const [head] = await tx.$queryRaw<{ position: bigint; hash: string }[]>`
      SELECT position, hash FROM audit_chain_head WHERE chain = ${chain} FOR UPDATE`;
    const seen = new Set(
      (
        await tx.auditEntry.findMany({
          where: { id: { in: entries.map((e) => e.id) } },
          select: { id: true },
        })
      ).map((e) => e.id),
    );
    let position = head!.position;
    let prevHash = head!.hash;
    const rows: Prisma.AuditEntryCreateManyInput[] = [];
    for (const entry of entries) {
      if (seen.has(entry.id)) continue;
      seen.add(entry.id);
      position += 1n;
      const hash = hashEntry({ ...entry, position, prevHash });
      rows.push({ ...entry, position, prevHash, hash });
      prevHash = hash;
    }
    if (rows.length === 0) return 0;
    await tx.auditEntry.createMany({ data: rows });
    await tx.chainHead.update({ where: { chain }, data: { position, hash: prevHash } });
    return rows.length;
  }

  return {
    close: () => prisma.$disconnect(),
    ping: async () => (await prisma.$queryRaw<{ ok: number }[]>`SELECT 1 AS ok`).length === 1,

    /** Appends entries to their chains in one transaction; returns how many were new. */
    append: (entries: NewEntry[]) =>
      prisma.$transaction(async (tx) => {
        const byChain = new Map<string, NewEntry[]>();
        for (const e of entries) byChain.set(e.chain, [...(byChain.get(e.chain) ?? []), e]);
        let added = 0;
        // Chains locked in one order, so concurrent batches cannot deadlock.
        for (const chain of [...byChain.keys()].sort())
          added += await appendToChain(tx, chain, byChain.get(chain)!);
        return added;
      }),

    /** The workspace of the newest entry that named `key` (a base or connection id), if any. */
    findWorkspaceNaming: async (key: string) =>
      (
        await prisma.auditEntry.findFirst({
          where: { targetKeys: { has: key.toLowerCase() }, workspaceId: { not: null } },
          orderBy: { seq: 'desc' },
          select: { workspaceId: true },
        })
      )?.workspaceId ?? null,
    /** A page of entries, newest first, after the cursor's `seq`. */
    listEntries: async (filter: EntryFilter, first: number, beforeSeq: bigint | null) => {
      const seq: Prisma.BigIntFilter = beforeSeq !== null ? { lt: beforeSeq } : {};
      if (filter.from || filter.to) {
        // A time window: its seq range first (the time index), so the page walks only it
        // rather than every newer entry of the workspace.
        const range = await prisma.auditEntry.aggregate({
          where: { workspaceId: filter.workspaceId, at: whereOf(filter).at },
          _min: { seq: true },
          _max: { seq: true },
        });
        if (range._min.seq === null || range._max.seq === null) return [];
        seq.gte = range._min.seq;
        if (beforeSeq === null || range._max.seq < beforeSeq) seq.lte = range._max.seq;
      }
      return prisma.auditEntry.findMany({
        where: { ...whereOf(filter), seq },
        orderBy: { seq: 'desc' },
        take: first,
      });
    },
    countEntries: (filter: EntryFilter) => prisma.auditEntry.count({ where: whereOf(filter) }),
    /** Entries of a workspace oldest first in pages, for exports. */
    listEntriesAscending: (workspaceId: string, afterSeq: bigint, take: number) =>
      prisma.auditEntry.findMany({
        where: { workspaceId, seq: { gt: afterSeq } },
        orderBy: { seq: 'asc' },
        take,
      }),

    /** A chain's entries in position order, from `afterPosition`. */
    walkChain: (chain: string, afterPosition: bigint, take: number) =>
      prisma.auditEntry.findMany({
        where: { chain, position: { gt: afterPosition } },
        orderBy: { position: 'asc' },
        take,
      }),
    findHead: (chain: string) => prisma.chainHead.findUnique({ where: { chain } }),
    listHeads: () => prisma.chainHead.findMany({ where: { position: { gt: 0 } } }),

    insertCheckpoint: (data: Prisma.CheckpointCreateManyInput) =>
      prisma.checkpoint.createMany({ data: [data], skipDuplicates: true }),
    latestCheckpoint: (chain: string) =>
      prisma.checkpoint.findFirst({ where: { chain }, orderBy: { position: 'desc' } }),
    findCheckpoint: (chain: string, position: bigint) =>
      prisma.checkpoint.findUnique({ where: { chain_position: { chain, position } } }),
    listCheckpoints: (chain: string) =>
      prisma.checkpoint.findMany({ where: { chain }, orderBy: { position: 'asc' } }),

    findRetention: (workspaceId: string) => prisma.retention.findUnique({ where: { workspaceId } }),
    setRetention: (workspaceId: string, days: number) =>
      prisma.retention.upsert({
        where: { workspaceId },
        create: { workspaceId, days },
        update: { days },
      }),
    listRetentions: () => prisma.retention.findMany(),
    /** The newest entry of a chain older than `before` (the prune boundary). */
    lastEntryBefore: (chain: string, before: Date) =>
      prisma.auditEntry.findFirst({
        where: { chain, at: { lt: before } },
        orderBy: { position: 'desc' },
      }),
    /** Deletes a chain's entries up to `position`, as the trigger allows only here. */
    pruneChain: (chain: string, position: bigint) =>
      prisma.$transaction(async (tx) => {
        await tx.$executeRaw`SET LOCAL audit.retention = 'on'`;
        return tx.auditEntry.deleteMany({ where: { chain, position: { lte: position } } });
      }),

    // Record history, from the airtable subgraph's change log
    readCursor: async (name: string) =>
      (await prisma.feedCursor.findUnique({ where: { name } }))?.position ?? null,
    startCursor: (name: string, position: bigint) =>
      prisma.feedCursor.createMany({ data: [{ name, position }], skipDuplicates: true }),
    /** Stores changes and moves the cursor from `from` to `to` in one transaction; false if another process moved it. */
    storeRecordChanges: (name: string, from: bigint, to: bigint, changes: NewRecordChange[]) =>
      prisma.$transaction(async (tx) => {
        const moved = await tx.feedCursor.updateMany({
          where: { name, position: from },
          data: { position: to },
        });
        if (moved.count === 0) return false;
        await tx.recordChange.createMany({
          data: changes.map((c) => ({ ...c, changes: c.changes as Prisma.InputJsonValue })),
          skipDuplicates: true,
        });
        return true;
      }),
    listRecordChanges: (recordId: string, first: number, beforeSequence: bigint | null) =>
      prisma.recordChange.findMany({
        where: {
          recordId,
          ...(beforeSequence !== null ? { sequence: { lt: beforeSequence } } : {}),
        },
        orderBy: { sequence: 'desc' },
        take: first,
      }),
    /** Successful audited writes that named `key` (a record or table id), to tell a change's path. */
    findWritesTo: (workspaceIds: string[], key: string, from: Date, to: Date) =>
      prisma.auditEntry.findMany({
        where: {
          workspaceId: { in: workspaceIds },
          targetKeys: { has: key.toLowerCase() },
          outcome: 'ok',
          at: { gte: from, lte: to },
        },
        select: { at: true, path: true, userId: true },
      }),
  };
}

export type AuditDb = ReturnType<typeof createAuditDb>;
