import { createPrismaAdapter } from '@pyairtable/db';
import { Prisma, PrismaClient, type BudgetPeriod } from './generated/prisma/client.ts';

export type {
  Budget,
  BudgetPeriod,
  Conversation,
  Message,
  ToolCall,
  ToolCallStatus,
} from './generated/prisma/client.ts';

export type MessageWithToolCalls = Prisma.MessageGetPayload<{ include: { toolCalls: true } }>;

export interface UsageTotals {
  promptTokens: number;
  completionTokens: number;
  costUsd: number;
  modelCalls: number;
}

export interface UsageRow extends UsageTotals {
  userId: string;
  model: string;
}

const withToolCalls = {
  toolCalls: { orderBy: [{ step: 'asc' }, { position: 'asc' }] },
} satisfies Prisma.MessageInclude;

// Spending counts settled calls at their cost and calls in flight at their reservation.
const SPENT = Prisma.sql`COALESCE(SUM(CASE WHEN status = 'RESERVED' THEN "reservedUsd" ELSE "costUsd" END), 0)::float8`;

type Tx = Prisma.TransactionClient;

async function spentSince(
  tx: Tx | PrismaClient,
  workspaceId: string,
  userId: string | null,
  since: Date,
): Promise<number> {
  const byUser = userId ? Prisma.sql`AND "userId" = ${userId}::uuid` : Prisma.empty;
  const [row] = await tx.$queryRaw<{ spent: number }[]>`
    SELECT ${SPENT} AS spent FROM "ModelCall"
    WHERE "workspaceId" = ${workspaceId}::uuid AND "createdAt" >= ${since} ${byUser}`;
  return row?.spent ?? 0;
}

function toUsage(row: {
  calls: bigint | number;
  prompt: bigint | number | null;
  completion: bigint | number | null;
  cost: number | null;
}): UsageTotals {
  return {
    modelCalls: Number(row.calls),
    promptTokens: Number(row.prompt ?? 0),
    completionTokens: Number(row.completion ?? 0),
    costUsd: row.cost ?? 0,
  };
}

const USAGE_COLUMNS = Prisma.sql`
  COUNT(*) FILTER (WHERE status <> 'RESERVED') AS calls,
  SUM("promptTokens")::int8 AS prompt,
  SUM("completionTokens")::int8 AS completion,
  SUM("costUsd")::float8 AS cost`;

/** Every query the llm subgraph makes; the only file that touches Prisma. */
export function createLlmDb(databaseUrl: string) {
  const prisma = new PrismaClient({ adapter: createPrismaAdapter(databaseUrl) });

  /** Usage of the model calls of some messages or conversations, by id. */
  async function usageBy(key: 'messageId' | 'conversationId', ids: readonly string[]) {
    if (ids.length === 0) return new Map<string, UsageTotals>();
    const column = Prisma.raw(`"${key}"`);
    const rows = await prisma.$queryRaw<
      ({ key: string } & Parameters<typeof toUsage>[0])[]
    >`SELECT ${column}::text AS key, ${USAGE_COLUMNS} FROM "ModelCall"
      WHERE ${column} = ANY(${[...ids]}::uuid[]) GROUP BY ${column}`;
    return new Map(rows.map((row) => [row.key, toUsage(row)]));
  }

  return {
    close: () => prisma.$disconnect(),
    ping: async () => (await prisma.$queryRaw<{ ok: number }[]>`SELECT 1 AS ok`).length === 1,

    insertConversation: (data: {
      id: string;
      workspaceId: string;
      userId: string;
      title: string;
    }) => prisma.conversation.create({ data }),
    findConversation: (id: string) => prisma.conversation.findUnique({ where: { id } }),
    listConversations: (workspaceId: string, userId: string, take: number) =>
      prisma.conversation.findMany({
        where: { workspaceId, userId },
        orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
        take,
      }),
    renameConversation: (id: string, title: string) =>
      prisma.conversation.update({ where: { id }, data: { title } }),
    deleteConversation: (id: string) => prisma.conversation.deleteMany({ where: { id } }),

    /**
     * The question and the assistant's (streaming) answer, stored together; null when the
     * conversation already has an answer streaming (checked with the conversation locked).
     */
    insertExchange: (data: {
      conversationId: string;
      question: { id: string; content: string; createdAt: Date };
      answer: { id: string; model: string; createdAt: Date };
    }) =>
      prisma.$transaction(async (tx) => {
        await tx.$queryRaw`SELECT id FROM "Conversation" WHERE id = ${data.conversationId}::uuid FOR UPDATE`;
        const busy = await tx.message.count({
          where: { conversationId: data.conversationId, status: 'STREAMING' },
        });
        if (busy > 0) return null;
        const question = await tx.message.create({
          data: {
            id: data.question.id,
            conversationId: data.conversationId,
            role: 'USER',
            content: data.question.content,
            status: 'COMPLETED',
            createdAt: data.question.createdAt,
            completedAt: data.question.createdAt,
          },
          include: withToolCalls,
        });
        const answer = await tx.message.create({
          data: {
            id: data.answer.id,
            conversationId: data.conversationId,
            role: 'ASSISTANT',
            content: '',
            status: 'STREAMING',
            model: data.answer.model,
            createdAt: data.answer.createdAt,
          },
          include: withToolCalls,
        });
        const conversation = await tx.conversation.update({
          where: { id: data.conversationId },
          data: { updatedAt: data.answer.createdAt },
        });
        return { conversation, question, answer };
      }),

    findMessage: (id: string) =>
      prisma.message.findUnique({
        where: { id },
        include: { ...withToolCalls, conversation: true },
      }),
    /** The latest `last` messages of a conversation, oldest first. */
    listMessages: async (conversationId: string, last: number): Promise<MessageWithToolCalls[]> =>
      (
        await prisma.message.findMany({
          where: { conversationId },
          orderBy: [{ createdAt: 'desc' }, { role: 'desc' }],
          take: last,
          include: withToolCalls,
        })
      ).reverse(),
    findStreamingMessage: (conversationId: string) =>
      prisma.message.findFirst({ where: { conversationId, status: 'STREAMING' } }),
    isStreaming: async (id: string) =>
      (await prisma.message.count({ where: { id, status: 'STREAMING' } })) === 1,

    /** Saves the answer so far; false when it is no longer streaming (stopped meanwhile). */
    saveProgress: async (id: string, data: { content: string; stepTexts: string[] }) =>
      (await prisma.message.updateMany({ where: { id, status: 'STREAMING' }, data })).count === 1,
    /** Ends a streaming answer; false when it had already ended. */
    finishMessage: async (
      id: string,
      data: {
        status: 'COMPLETED' | 'FAILED';
        content: string;
        stepTexts: string[];
        warnings: string[];
        error?: string;
        completedAt: Date;
      },
    ) =>
      (await prisma.message.updateMany({ where: { id, status: 'STREAMING' }, data })).count === 1,
    /** Fails streaming answers not touched since `before` (their process stopped). */
    failStaleMessages: (before: Date, error: string, now: Date) =>
      prisma.message.updateMany({
        where: { status: 'STREAMING', updatedAt: { lt: before } },
        data: { status: 'FAILED', error, completedAt: now },
      }),
    /** Fails one streaming answer, e.g. stopped by its author. */
    failMessage: async (id: string, error: string, now: Date) =>
      (
        await prisma.message.updateMany({
          where: { id, status: 'STREAMING' },
          data: { status: 'FAILED', error, completedAt: now },
        })
      ).count === 1,

    insertToolCall: (data: {
      messageId: string;
      step: number;
      position: number;
      callId: string;
      name: string;
      arguments: string;
      startedAt: Date;
    }) => prisma.toolCall.create({ data: { ...data, status: 'RUNNING' } }),
    finishToolCall: (
      id: string,
      data: {
        status: 'SUCCEEDED' | 'FAILED';
        result?: Prisma.InputJsonValue;
        error?: string;
        errorCode?: string;
        summary?: string;
        recordCount?: number;
        output: string;
        finishedAt: Date;
      },
    ) => prisma.toolCall.update({ where: { id }, data }),

    usageByMessages: (ids: readonly string[]) => usageBy('messageId', ids),
    usageByConversations: (ids: readonly string[]) => usageBy('conversationId', ids),
    /** Usage in a workspace since a date, per user and model; one user's when given. */
    usageRows: async (workspaceId: string, since: Date, userId?: string): Promise<UsageRow[]> => {
      const byUser = userId ? Prisma.sql`AND "userId" = ${userId}::uuid` : Prisma.empty;
      const rows = await prisma.$queryRaw<
        ({ userId: string; model: string } & Parameters<typeof toUsage>[0])[]
      >`SELECT "userId"::text AS "userId", model, ${USAGE_COLUMNS} FROM "ModelCall"
        WHERE "workspaceId" = ${workspaceId}::uuid AND "createdAt" >= ${since} ${byUser}
        GROUP BY "userId", model ORDER BY "userId", model`;
      return rows.map((row) => ({ userId: row.userId, model: row.model, ...toUsage(row) }));
    },

    /**
     * Holds `estimateUsd` against the budgets of a workspace and user, unless `refuse` (given
     * each budget with its spending) says no. Serialized per workspace, so two calls cannot both
     * take the last of a budget.
     */
    reserveModelCall: <R>(
      call: {
        workspaceId: string;
        userId: string;
        conversationId: string;
        messageId: string;
        model: string;
        estimateUsd: number;
        createdAt: Date;
      },
      periodStart: (period: BudgetPeriod) => Date,
      refuse: (
        budgets: {
          id: string;
          userId: string | null;
          period: BudgetPeriod;
          limitUsd: number;
          spentUsd: number;
        }[],
      ) => R | null,
    ) =>
      prisma.$transaction(async (tx): Promise<{ refused: R } | { id: string }> => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${call.workspaceId}, 0))`;
        const budgets = await tx.budget.findMany({
          where: {
            workspaceId: call.workspaceId,
            OR: [{ userId: null }, { userId: call.userId }],
          },
        });
        const spends = [];
        for (const budget of budgets) {
          spends.push({
            id: budget.id,
            userId: budget.userId,
            period: budget.period,
            limitUsd: budget.limitUsd.toNumber(),
            spentUsd: await spentSince(
              tx,
              call.workspaceId,
              budget.userId,
              periodStart(budget.period),
            ),
          });
        }
        const refused = refuse(spends);
        if (refused !== null) return { refused };
        const row = await tx.modelCall.create({
          data: {
            workspaceId: call.workspaceId,
            userId: call.userId,
            conversationId: call.conversationId,
            messageId: call.messageId,
            model: call.model,
            status: 'RESERVED',
            reservedUsd: call.estimateUsd,
            createdAt: call.createdAt,
          },
        });
        return { id: row.id };
      }),
    /** Replaces a reservation with what the call really used. */
    settleModelCall: (
      id: string,
      data: {
        status: 'COMPLETED' | 'FAILED';
        promptTokens: number;
        completionTokens: number;
        costUsd: number;
      },
    ) => prisma.modelCall.update({ where: { id }, data: { ...data, reservedUsd: 0 } }),
    /** Releases reservations left by a stopped process. */
    failStaleReservations: (before: Date) =>
      prisma.modelCall.updateMany({
        where: { status: 'RESERVED', createdAt: { lt: before } },
        data: { status: 'FAILED', reservedUsd: 0 },
      }),

    /** Budgets of a workspace; with `userId`, only the workspace's and that user's. */
    listBudgets: (workspaceId: string, userId?: string) =>
      prisma.budget.findMany({
        where: {
          workspaceId,
          ...(userId ? { OR: [{ userId: null }, { userId }] } : {}),
        },
        orderBy: [{ userId: { sort: 'asc', nulls: 'first' } }, { period: 'asc' }],
      }),
    findBudget: (id: string) => prisma.budget.findUnique({ where: { id } }),
    upsertBudget: (data: {
      workspaceId: string;
      userId: string | null;
      period: BudgetPeriod;
      limitUsd: number;
      updatedById: string;
    }) => {
      const scopeKey = data.userId ?? 'workspace';
      return prisma.budget.upsert({
        where: {
          workspaceId_scopeKey_period: {
            workspaceId: data.workspaceId,
            scopeKey,
            period: data.period,
          },
        },
        create: { ...data, scopeKey },
        update: { limitUsd: data.limitUsd, updatedById: data.updatedById },
      });
    },
    deleteBudget: (id: string) => prisma.budget.deleteMany({ where: { id } }),
    /** What a scope (a workspace, or a user in it) has spent since a date. */
    spentSince: (workspaceId: string, userId: string | null, since: Date) =>
      spentSince(prisma, workspaceId, userId, since),
  };
}

export type LlmDb = ReturnType<typeof createLlmDb>;
