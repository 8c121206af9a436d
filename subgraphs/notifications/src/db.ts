import { createPrismaAdapter } from '@pyairtable/db';
import { PrismaClient, type NotificationKind, type Prisma } from './generated/prisma/client.ts';

export type { Notification, NotificationKind, Preference } from './generated/prisma/client.ts';

export interface NewNotification {
  userId: string | null;
  email: string | null;
  workspaceId: string;
  kind: NotificationKind;
  title: string;
  body: string;
  url: string | null;
  data: Record<string, unknown>;
  dedupeKey: string;
  inApp: boolean;
  emailStatus: 'NONE' | 'PENDING';
  digestStatus: 'NONE' | 'PENDING';
}

/** Whose notifications a caller sees: their own, and those addressed to their email. */
const recipient = (userId: string, email: string | null): Prisma.NotificationWhereInput => ({
  inApp: true,
  OR: [{ userId }, ...(email ? [{ userId: null, email }] : [])],
});

/** Every query the notifications subgraph makes; the only file that touches Prisma. */
export function createNotificationsDb(databaseUrl: string) {
  const prisma = new PrismaClient({ adapter: createPrismaAdapter(databaseUrl) });

  return {
    close: () => prisma.$disconnect(),
    ping: async () => (await prisma.$queryRaw<{ ok: number }[]>`SELECT 1 AS ok`).length === 1,

    /** Stores notifications; one whose dedupeKey exists is skipped. Returns the new ones. */
    insertNotifications: (rows: readonly NewNotification[]) =>
      rows.length === 0
        ? Promise.resolve([])
        : prisma.notification.createManyAndReturn({
            data: rows.map((r) => ({
              ...r,
              data: r.data as Prisma.InputJsonValue,
              emailNextAt: r.emailStatus === 'PENDING' ? new Date() : null,
            })),
            skipDuplicates: true,
          }),
    findNotification: (id: string) => prisma.notification.findUnique({ where: { id } }),
    listNotifications: (
      who: { userId: string; email: string | null },
      options: { take: number; unreadOnly: boolean; after?: { createdAt: Date; id: string } },
    ) =>
      prisma.notification.findMany({
        where: {
          AND: [
            recipient(who.userId, who.email),
            ...(options.unreadOnly ? [{ readAt: null }] : []),
            ...(options.after
              ? [
                  {
                    OR: [
                      { createdAt: { lt: options.after.createdAt } },
                      { createdAt: options.after.createdAt, id: { lt: options.after.id } },
                    ],
                  },
                ]
              : []),
          ],
        },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: options.take,
      }),
    countUnread: (who: { userId: string; email: string | null }) =>
      prisma.notification.count({
        where: { AND: [recipient(who.userId, who.email), { readAt: null }] },
      }),
    markRead: async (
      who: { userId: string; email: string | null },
      ids: string[] | null,
      at: Date,
    ) =>
      (
        await prisma.notification.updateMany({
          where: {
            AND: [
              recipient(who.userId, who.email),
              { readAt: null },
              ...(ids ? [{ id: { in: ids } }] : []),
            ],
          },
          data: { readAt: at },
        })
      ).count,

    // Preferences
    listPreferences: (userIds: readonly string[]) =>
      prisma.preference.findMany({ where: { userId: { in: [...userIds] } } }),
    upsertPreference: (
      userId: string,
      kind: NotificationKind,
      values: { inApp: boolean; email: boolean; digest: boolean },
    ) =>
      prisma.preference.upsert({
        where: { userId_kind: { userId, kind } },
        create: { userId, kind, ...values },
        update: values,
      }),
    listOptOuts: (emails: readonly string[]) =>
      prisma.emailOptOut.findMany({ where: { email: { in: [...emails] } } }),
    optOut: (email: string, kind: string) =>
      prisma.emailOptOut.createMany({ data: [{ email, kind }], skipDuplicates: true }),

    // Email
    /** Leases up to `limit` emails due now for `leaseMs`; another process skips them meanwhile. */
    claimEmails: async (limit: number, leaseMs: number, now: Date) => {
      const until = new Date(now.getTime() + leaseMs);
      const rows = await prisma.$queryRaw<{ id: string }[]>`
        UPDATE "Notification" SET "emailNextAt" = ${until}
        WHERE id IN (
          SELECT id FROM "Notification"
          WHERE "emailStatus" = 'PENDING' AND "emailNextAt" <= ${now}
          ORDER BY "emailNextAt" LIMIT ${limit} FOR UPDATE SKIP LOCKED
        ) RETURNING id`;
      return rows.length
        ? prisma.notification.findMany({ where: { id: { in: rows.map((r) => r.id) } } })
        : [];
    },
    markEmailed: (id: string, at: Date) =>
      prisma.notification.update({
        where: { id },
        data: {
          emailStatus: 'SENT',
          emailedAt: at,
          emailError: null,
          emailAttempts: { increment: 1 },
        },
      }),
    markEmailFailed: (id: string, error: string, nextAt: Date | null) =>
      prisma.notification.update({
        where: { id },
        data: {
          emailAttempts: { increment: 1 },
          emailError: error.slice(0, 500),
          ...(nextAt ? { emailNextAt: nextAt } : { emailStatus: 'FAILED', emailNextAt: null }),
        },
      }),

    // Digest
    /** True for the one process that claims the digest of `day`. */
    claimDigestDay: async (day: string) =>
      (await prisma.digestRun.createMany({ data: [{ day }], skipDuplicates: true })).count === 1,
    listDigestPending: () =>
      prisma.notification.findMany({
        where: { digestStatus: 'PENDING' },
        orderBy: { createdAt: 'asc' },
        take: 5_000,
      }),
    markDigested: (ids: readonly string[]) =>
      prisma.notification.updateMany({
        where: { id: { in: [...ids] } },
        data: { digestStatus: 'SENT' },
      }),

    // Feed cursor
    readCursor: async (source: string) =>
      (await prisma.ingestCursor.findUnique({ where: { source } }))?.position ?? null,
    startCursor: (source: string, position: bigint) =>
      prisma.ingestCursor.createMany({ data: [{ source, position }], skipDuplicates: true }),
    /** Moves the cursor from `from` to `to`; false when another process moved it first. */
    moveCursor: async (source: string, from: bigint, to: bigint) =>
      (
        await prisma.ingestCursor.updateMany({
          where: { source, position: from },
          data: { position: to },
        })
      ).count === 1,
  };
}

export type NotificationsDb = ReturnType<typeof createNotificationsDb>;
