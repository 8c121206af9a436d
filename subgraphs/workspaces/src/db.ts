import { createPrismaAdapter } from '@pyairtable/db';
import { Prisma, PrismaClient, type WorkspaceRole } from './generated/prisma/client.ts';

export type {
  Invitation,
  Membership,
  Workspace,
  WorkspaceRole,
} from './generated/prisma/client.ts';

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

    /** Memberships for (workspaceId, userId) pairs, in one query. */
    findMemberships: (pairs: readonly { workspaceId: string; userId: string }[]) =>
      prisma.membership.findMany({
        where: { OR: pairs.map((p) => ({ workspaceId: p.workspaceId, userId: p.userId })) },
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
