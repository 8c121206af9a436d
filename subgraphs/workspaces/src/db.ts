import { createPrismaAdapter } from '@pyairtable/db';
import { Prisma, PrismaClient, type WorkspaceRole } from './generated/prisma/client.ts';

export type {
  Invitation,
  Membership,
  Workspace,
  WorkspaceRole,
} from './generated/prisma/client.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}

/** Every query the workspaces subgraph makes; the only file that touches Prisma. */
export function createWorkspacesDb(databaseUrl: string) {
  const prisma = new PrismaClient({ adapter: createPrismaAdapter(databaseUrl) });

  return {
    close: () => prisma.$disconnect(),
    ping: async () => (await prisma.$queryRaw<{ ok: number }[]>`SELECT 1 AS ok`).length === 1,

    findWorkspaces: (ids: readonly string[]) =>
      prisma.workspace.findMany({ where: { id: { in: [...ids] } } }),
    insertWorkspace: (name: string, ownerId: string) =>
      prisma.workspace.create({
        data: { name, memberships: { create: { userId: ownerId, role: 'OWNER' } } },
      }),
    renameWorkspace: (id: string, name: string) =>
      prisma.workspace.update({ where: { id }, data: { name } }),
    updateWorkspaceSettings: (id: string, settings: { requireWriteConfirmation?: boolean }) =>
      prisma.workspace.update({ where: { id }, data: settings }),
    deleteWorkspace: (id: string) => prisma.workspace.delete({ where: { id } }),

    /**
     * Memberships for (workspaceId, userId) pairs, in one query. A suspended workspace has
     * none: nobody reaches it, through this subgraph or the membership checks of the others.
     */
    findMemberships: (pairs: readonly { workspaceId: string; userId: string }[]) =>
      prisma.membership.findMany({
        where: {
          OR: pairs.map((p) => ({ workspaceId: p.workspaceId, userId: p.userId })),
          workspace: { suspendedAt: null },
        },
      }),
    /** Memberships of several workspaces, oldest first, in one query. */
    listMembers: (workspaceIds: readonly string[]) =>
      prisma.membership.findMany({
        where: { workspaceId: { in: [...workspaceIds] } },
        orderBy: { createdAt: 'asc' },
      }),
    /** Workspaces `userId` belongs to that `viewerId` also belongs to, oldest first. */
    listSharedWorkspaces: (userId: string, viewerId: string) =>
      prisma.workspace.findMany({
        where: {
          suspendedAt: null,
          AND: [
            { memberships: { some: { userId } } },
            { memberships: { some: { userId: viewerId } } },
          ],
        },
        orderBy: { createdAt: 'asc' },
      }),
    updateMemberRole: (workspaceId: string, userId: string, role: WorkspaceRole) =>
      prisma.membership.update({
        where: { workspaceId_userId: { workspaceId, userId } },
        data: { role },
      }),
    deleteMembership: (workspaceId: string, userId: string) =>
      prisma.membership.deleteMany({ where: { workspaceId, userId } }),
    /** Swaps the owner, with the workspace row locked so two transfers cannot both win. */
    transferOwnership: (workspaceId: string, fromUserId: string, toUserId: string) =>
      prisma.$transaction(async (tx) => {
        await tx.$queryRaw`SELECT id FROM "Workspace" WHERE id = ${workspaceId}::uuid FOR UPDATE`;
        const { count } = await tx.membership.updateMany({
          where: { workspaceId, userId: fromUserId, role: 'OWNER' },
          data: { role: 'ADMIN' },
        });
        if (count !== 1) return false;
        await tx.membership.update({
          where: { workspaceId_userId: { workspaceId, userId: toUserId } },
          data: { role: 'OWNER' },
        });
        return true;
      }),

    /** Workspaces matching a search (name or id), and with a member when given, newest first. */
    listWorkspacesForAdmin: async (
      filter: { search: string | null; memberId: string | null },
      skip: number,
      take: number,
    ) => {
      const where = {
        ...(filter.search
          ? {
              OR: [
                { name: { contains: filter.search, mode: 'insensitive' as const } },
                ...(UUID.test(filter.search) ? [{ id: filter.search }] : []),
              ],
            }
          : {}),
        ...(filter.memberId ? { memberships: { some: { userId: filter.memberId } } } : {}),
      };
      const [rows, total] = await prisma.$transaction([
        prisma.workspace.findMany({
          where,
          orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
          skip,
          take,
          include: { _count: { select: { memberships: true } } },
        }),
        prisma.workspace.count({ where }),
      ]);
      return { rows, total };
    },
    countWorkspaces: async () => {
      const [tenants, suspendedTenants] = await prisma.$transaction([
        prisma.workspace.count(),
        prisma.workspace.count({ where: { suspendedAt: { not: null } } }),
      ]);
      return { tenants, suspendedTenants };
    },
    setWorkspaceSuspended: (id: string, suspendedAt: Date | null) =>
      prisma.workspace.update({
        where: { id },
        data: { suspendedAt },
        include: { _count: { select: { memberships: true } } },
      }),
    findWorkspaceForAdmin: (id: string) =>
      prisma.workspace.findUnique({
        where: { id },
        include: { _count: { select: { memberships: true } } },
      }),
    listSuspendedWorkspaceIds: async () =>
      (
        await prisma.workspace.findMany({
          where: { suspendedAt: { not: null } },
          select: { id: true },
        })
      ).map((w) => w.id),

    /** Feature flag values set for the given scopes ("global" and/or workspace ids). */
    listFeatureFlags: (scopes: string[]) =>
      prisma.featureFlag.findMany({ where: { scope: { in: scopes } } }),
    setFeatureFlag: (key: string, scope: string, enabled: boolean | null, updatedById: string) =>
      enabled === null
        ? prisma.featureFlag.deleteMany({ where: { key, scope } })
        : prisma.featureFlag.upsert({
            where: { key_scope: { key, scope } },
            create: { key, scope, enabled, updatedById },
            update: { enabled, updatedById },
          }),

    /** Creates an invitation, withdrawing any pending one for the same email. */
    insertInvitation: (data: {
      workspaceId: string;
      email: string;
      role: WorkspaceRole;
      tokenHash: string;
      invitedById: string;
      expiresAt: Date;
    }) =>
      prisma.$transaction(async (tx) => {
        await tx.invitation.updateMany({
          where: {
            workspaceId: data.workspaceId,
            email: data.email,
            acceptedAt: null,
            revokedAt: null,
          },
          data: { revokedAt: new Date() },
        });
        return tx.invitation.create({ data });
      }),
    findInvitation: (id: string) => prisma.invitation.findUnique({ where: { id } }),
    findInvitationByTokenHash: (tokenHash: string) =>
      prisma.invitation.findUnique({ where: { tokenHash }, include: { workspace: true } }),
    listPendingInvitations: (workspaceId: string, now: Date) =>
      prisma.invitation.findMany({
        where: { workspaceId, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
        orderBy: { createdAt: 'desc' },
      }),
    revokeInvitation: (id: string, now: Date) =>
      prisma.invitation.update({ where: { id }, data: { revokedAt: now } }),
    /**
     * Marks an invitation accepted and adds the member, atomically. Returns 'gone' when the
     * invitation was used or withdrawn meanwhile, 'member' when the user already belongs.
     */
    acceptInvitation: (invitationId: string, userId: string, now: Date) =>
      prisma
        .$transaction(async (tx) => {
          const { count } = await tx.invitation.updateMany({
            where: { id: invitationId, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
            data: { acceptedAt: now, acceptedById: userId },
          });
          if (count !== 1) return 'gone' as const;
          const invitation = await tx.invitation.findUniqueOrThrow({ where: { id: invitationId } });
          await tx.membership.create({
            data: { workspaceId: invitation.workspaceId, userId, role: invitation.role },
          });
          return 'accepted' as const;
        })
        .catch((error: unknown) => {
          if (isUniqueViolation(error)) return 'member' as const;
          throw error;
        }),
  };
}

export type WorkspacesDb = ReturnType<typeof createWorkspacesDb>;
