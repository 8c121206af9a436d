import { createPrismaAdapter } from '@pyairtable/db';
import { PrismaClient, type AccessRole, type FieldAccess } from './generated/prisma/client.ts';

export type {
  AccessRole,
  FieldAccess,
  FieldRule,
  Grant,
  RowRule,
} from './generated/prisma/client.ts';

/** Every query the permissions subgraph makes; the only file that touches Prisma. */
export function createPermissionsDb(databaseUrl: string) {
  const prisma = new PrismaClient({ adapter: createPrismaAdapter(databaseUrl) });
  const ofBase = (workspaceId: string, baseId: string) => ({ where: { workspaceId, baseId } });

  return {
    close: () => prisma.$disconnect(),
    ping: async () => (await prisma.$queryRaw<{ ok: number }[]>`SELECT 1 AS ok`).length === 1,

    /** Everything that decides access to a base through a workspace, in three queries. */
    loadBaseRules: async (workspaceId: string, baseId: string) => {
      const [grants, fieldRules, rowRules] = await Promise.all([
        prisma.grant.findMany({ ...ofBase(workspaceId, baseId), orderBy: { createdAt: 'asc' } }),
        prisma.fieldRule.findMany(ofBase(workspaceId, baseId)),
        prisma.rowRule.findMany(ofBase(workspaceId, baseId)),
      ]);
      return { grants, fieldRules, rowRules };
    },

    /** Creates or replaces the grant of a subject on a base or table. */
    upsertGrant: (data: {
      workspaceId: string;
      baseId: string;
      tableId: string;
      userId: string | null;
      email: string | null;
      apiKeyId: string | null;
      subject: string;
      role: AccessRole;
      expiresAt: Date | null;
      createdById: string;
    }) =>
      prisma.grant.upsert({
        where: {
          workspaceId_baseId_tableId_subject: {
            workspaceId: data.workspaceId,
            baseId: data.baseId,
            tableId: data.tableId,
            subject: data.subject,
          },
        },
        create: data,
        update: { role: data.role, expiresAt: data.expiresAt, createdById: data.createdById },
      }),
    findGrant: (id: string) => prisma.grant.findUnique({ where: { id } }),
    deleteGrant: (id: string) => prisma.grant.deleteMany({ where: { id } }),

    upsertFieldRule: (data: {
      workspaceId: string;
      baseId: string;
      tableId: string;
      fieldId: string;
      subject: string;
      access: FieldAccess;
      createdById: string;
    }) =>
      prisma.fieldRule.upsert({
        where: {
          workspaceId_tableId_fieldId_subject: {
            workspaceId: data.workspaceId,
            tableId: data.tableId,
            fieldId: data.fieldId,
            subject: data.subject,
          },
        },
        create: data,
        update: { access: data.access, createdById: data.createdById },
      }),
    deleteFieldRule: (where: {
      workspaceId: string;
      tableId: string;
      fieldId: string;
      subject: string;
    }) => prisma.fieldRule.deleteMany({ where }),

    upsertRowRule: (data: {
      workspaceId: string;
      baseId: string;
      tableId: string;
      role: AccessRole;
      formula: string;
      createdById: string;
    }) =>
      prisma.rowRule.upsert({
        where: {
          workspaceId_tableId_role: {
            workspaceId: data.workspaceId,
            tableId: data.tableId,
            role: data.role,
          },
        },
        create: data,
        update: { formula: data.formula, createdById: data.createdById },
      }),
    deleteRowRule: (where: { workspaceId: string; tableId: string; role: AccessRole }) =>
      prisma.rowRule.deleteMany({ where }),
  };
}

export type PermissionsDb = ReturnType<typeof createPermissionsDb>;
