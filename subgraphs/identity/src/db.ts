import { createPrismaAdapter } from '@pyairtable/db';
import { PrismaClient, Prisma } from './generated/prisma/client.ts';

export type { ApiKey, User } from './generated/prisma/client.ts';

/** What an emailed account token is for. */
export type AccountTokenPurpose = 'PASSWORD_RESET' | 'EMAIL_VERIFICATION';

/** Every query the identity subgraph makes; the only file that touches Prisma. */
export function createIdentityDb(databaseUrl: string) {
  const prisma = new PrismaClient({ adapter: createPrismaAdapter(databaseUrl) });

  return {
    close: () => prisma.$disconnect(),
    ping: async () => (await prisma.$queryRaw<{ ok: number }[]>`SELECT 1 AS ok`).length === 1,

    findUserByEmail: (email: string) => prisma.user.findUnique({ where: { email } }),
    findUserById: (id: string) => prisma.user.findUnique({ where: { id } }),
    findUsersByIds: (ids: readonly string[]) =>
      prisma.user.findMany({ where: { id: { in: [...ids] } } }),

    /** Inserts a user; returns null when the email is taken. */
    insertUser: async (data: { email: string; name: string; passwordHash: string }) => {
      try {
        return await prisma.user.create({ data });
      } catch (error) {
        if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')
          return null;
        throw error;
      }
    },
    updatePasswordHash: (userId: string, passwordHash: string) =>
      prisma.user.update({ where: { id: userId }, data: { passwordHash } }),
    markEmailVerified: (userId: string, now: Date) =>
      prisma.user.updateMany({
        where: { id: userId, emailVerifiedAt: null },
        data: { emailVerifiedAt: now },
      }),

    /** Stores a new emailed token; earlier unused ones of the same purpose stop working. */
    issueAccountToken: (data: {
      userId: string;
      purpose: AccountTokenPurpose;
      tokenHash: string;
      expiresAt: Date;
      now: Date;
    }) =>
      prisma.$transaction([
        prisma.accountToken.updateMany({
          where: { userId: data.userId, purpose: data.purpose, usedAt: null },
          data: { usedAt: data.now },
        }),
        prisma.accountToken.create({
          data: {
            userId: data.userId,
            purpose: data.purpose,
            tokenHash: data.tokenHash,
            expiresAt: data.expiresAt,
          },
        }),
      ]),
    /**
     * Uses an emailed token once: the user it was for, or null when it is unknown, of another
     * purpose, expired or used already (also by a request racing this one).
     */
    useAccountToken: async (tokenHash: string, purpose: AccountTokenPurpose, now: Date) => {
      const token = await prisma.accountToken.findUnique({ where: { tokenHash } });
      if (!token || token.purpose !== purpose || token.usedAt || token.expiresAt <= now)
        return null;
      const { count } = await prisma.accountToken.updateMany({
        where: { id: token.id, usedAt: null },
        data: { usedAt: now },
      });
      return count === 1 ? token.userId : null;
    },

    /** Starts a session with its first refresh token. */
    insertSession: (userId: string, token: { tokenHash: string; expiresAt: Date }) =>
      prisma.session.create({ data: { userId, refreshTokens: { create: token } } }),
    findRefreshToken: (tokenHash: string) =>
      prisma.refreshToken.findUnique({ where: { tokenHash }, include: { session: true } }),
    /**
     * Marks a refresh token used and issues its successor, atomically; returns false when
     * another request used the token first.
     */
    rotateRefreshToken: (
      tokenId: string,
      sessionId: string,
      next: { tokenHash: string; expiresAt: Date },
      now: Date,
    ) =>
      prisma.$transaction(async (tx) => {
        const { count } = await tx.refreshToken.updateMany({
          where: { id: tokenId, usedAt: null },
          data: { usedAt: now },
        });
        if (count !== 1) return false;
        await tx.refreshToken.create({ data: { ...next, sessionId } });
        await tx.session.update({ where: { id: sessionId }, data: { lastUsedAt: now } });
        return true;
      }),
    revokeSession: (id: string, reason: string, now: Date) =>
      prisma.session.updateMany({
        where: { id, revokedAt: null },
        data: { revokedAt: now, revokedReason: reason },
      }),
    revokeUserSessions: (userId: string, reason: string, now: Date, exceptSessionId?: string) =>
      prisma.session.updateMany({
        where: {
          userId,
          revokedAt: null,
          ...(exceptSessionId ? { id: { not: exceptSessionId } } : {}),
        },
        data: { revokedAt: now, revokedReason: reason },
      }),

    insertApiKey: (data: {
      userId: string;
      name: string;
      prefix: string;
      secretHash: string;
      readOnly: boolean;
      baseIds: string[];
    }) => prisma.apiKey.create({ data }),
    listApiKeys: (userId: string) =>
      prisma.apiKey.findMany({ where: { userId }, orderBy: { createdAt: 'desc' } }),
    findApiKey: (id: string) => prisma.apiKey.findUnique({ where: { id } }),
    findApiKeyBySecretHash: (secretHash: string) =>
      prisma.apiKey.findUnique({
        where: { secretHash },
        include: { user: { select: { email: true } } },
      }),
    revokeApiKey: (id: string, now: Date) =>
      prisma.apiKey.update({ where: { id }, data: { revokedAt: now } }),
    /** Records use of a key, at most once per `granularityMs` so hot keys do not write on every request. */
    touchApiKey: (id: string, now: Date, granularityMs: number) =>
      prisma.apiKey.updateMany({
        where: {
          id,
          OR: [
            { lastUsedAt: null },
            { lastUsedAt: { lt: new Date(now.getTime() - granularityMs) } },
          ],
        },
        data: { lastUsedAt: now },
      }),

    /** Failed logins since `since` matching `where`, and when the last one was. */
    failedLogins: async (
      where: { email: string } | { ip: string } | { email: string; ip: string },
      since: Date,
    ) => {
      const found = await prisma.loginAttempt.aggregate({
        where: { ...where, succeeded: false, createdAt: { gte: since } },
        _count: { _all: true },
        _max: { createdAt: true },
      });
      return { count: found._count._all, lastAt: found._max.createdAt };
    },
    recordLoginAttempt: (data: {
      email: string;
      ip: string | null;
      succeeded: boolean;
      createdAt: Date;
    }) => prisma.loginAttempt.create({ data }),
  };
}

export type IdentityDb = ReturnType<typeof createIdentityDb>;
