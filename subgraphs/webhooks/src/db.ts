import { createPrismaAdapter } from '@pyairtable/db';
import type { Prisma } from './generated/prisma/client.ts';
import { PrismaClient, type DeliveryStatus } from './generated/prisma/client.ts';

export type {
  Attempt,
  Delivery,
  DeliveryStatus,
  Endpoint,
  EndpointSecret,
  Message,
} from './generated/prisma/client.ts';

export interface EndpointData {
  workspaceId: string;
  url: string;
  description: string;
  eventTypes: string[];
  filterBaseId: string | null;
  filterTableId: string | null;
  filterFields: string[];
  filterFormula: string | null;
  rateLimitPerSecond: number;
  batchSize: number;
  createdById: string;
}

/** A message to store with the deliveries it owes. */
export interface NewMessage {
  id: string;
  workspaceId: string;
  eventType: string;
  payload: unknown;
  sourceKey: string;
  endpointIds: string[];
}

/** A delivery leased for sending, with what sending needs. */
export type ClaimedDelivery = Prisma.DeliveryGetPayload<{
  include: { message: true; endpoint: { include: { secrets: true } } };
}>;

const claimInclude = { message: true, endpoint: { include: { secrets: true } } } as const;

/** Every query the webhooks subgraph makes; the only file that touches Prisma. */
export function createWebhooksDb(databaseUrl: string) {
  const prisma = new PrismaClient({ adapter: createPrismaAdapter(databaseUrl) });

  /** Stores messages and their deliveries; a message whose source was seen already is skipped. */
  async function insertMessages(tx: Prisma.TransactionClient, messages: readonly NewMessage[]) {
    const wanted = messages.filter((m) => m.endpointIds.length > 0);
    if (wanted.length === 0) return 0;
    const created = await tx.message.createManyAndReturn({
      data: wanted.map((m) => ({
        id: m.id,
        workspaceId: m.workspaceId,
        eventType: m.eventType,
        payload: m.payload as Prisma.InputJsonValue,
        sourceKey: m.sourceKey,
      })),
      skipDuplicates: true,
      select: { id: true },
    });
    const fresh = new Set(created.map((m) => m.id));
    const deliveries = wanted
      .filter((m) => fresh.has(m.id))
      .flatMap((m) => m.endpointIds.map((endpointId) => ({ endpointId, messageId: m.id })));
    if (deliveries.length) await tx.delivery.createMany({ data: deliveries });
    return deliveries.length;
  }

  return {
    close: () => prisma.$disconnect(),
    ping: async () => (await prisma.$queryRaw<{ ok: number }[]>`SELECT 1 AS ok`).length === 1,

    // Endpoints
    countEndpoints: (workspaceId: string) => prisma.endpoint.count({ where: { workspaceId } }),
    insertEndpoint: (data: EndpointData, secret: { sealed: string; hint: string }) =>
      prisma.endpoint.create({ data: { ...data, secrets: { create: secret } } }),
    findEndpoint: (id: string) => prisma.endpoint.findUnique({ where: { id } }),
    listEndpoints: (workspaceId: string) =>
      prisma.endpoint.findMany({ where: { workspaceId }, orderBy: { createdAt: 'asc' } }),
    /** Enabled endpoints of a workspace subscribed to any of `eventTypes`. */
    listSubscribedEndpoints: (workspaceIds: readonly string[], eventTypes: readonly string[]) =>
      prisma.endpoint.findMany({
        where: {
          workspaceId: { in: [...workspaceIds] },
          enabled: true,
          eventTypes: { hasSome: [...eventTypes] },
        },
      }),
    updateEndpoint: (id: string, data: Prisma.EndpointUpdateInput) =>
      prisma.endpoint.update({ where: { id }, data }),
    deleteEndpoint: (id: string) => prisma.endpoint.deleteMany({ where: { id } }),
    /** Secrets that sign now: the current one and rotated ones not yet expired, newest first. */
    listActiveSecrets: (endpointId: string, now: Date) =>
      prisma.endpointSecret.findMany({
        where: { endpointId, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
        orderBy: { createdAt: 'desc' },
      }),
    /** A new current secret; the previous current one expires at `oldExpiresAt`. */
    rotateSecret: (
      endpointId: string,
      secret: { sealed: string; hint: string },
      oldExpiresAt: Date,
    ) =>
      prisma.$transaction(async (tx) => {
        await tx.endpointSecret.updateMany({
          where: { endpointId, OR: [{ expiresAt: null }, { expiresAt: { gt: oldExpiresAt } }] },
          data: { expiresAt: oldExpiresAt },
        });
        await tx.endpointSecret.create({ data: { endpointId, ...secret } });
        return tx.endpoint.update({ where: { id: endpointId }, data: { updatedAt: new Date() } });
      }),
    countDeliveries: (endpointId: string, status: DeliveryStatus) =>
      prisma.delivery.count({ where: { endpointId, status } }),

    // Messages and deliveries (the outbox)
    /** Stores messages and deliveries in one transaction: once this resolves, none is lost. */
    enqueue: (messages: readonly NewMessage[]) =>
      prisma.$transaction((tx) => insertMessages(tx, messages)),
    /**
     * Stores messages from a durable feed and moves the feed's cursor in one transaction, so a
     * crash repeats nothing and skips nothing. False when another process moved it first.
     */
    enqueueFromFeed: (source: string, from: bigint, to: bigint, messages: readonly NewMessage[]) =>
      prisma.$transaction(async (tx) => {
        const moved = await tx.ingestCursor.updateMany({
          where: { source, position: from },
          data: { position: to },
        });
        if (moved.count !== 1) return false;
        await insertMessages(tx, messages);
        return true;
      }),
    readCursor: async (source: string) =>
      (await prisma.ingestCursor.findUnique({ where: { source } }))?.position ?? null,
    /** Starts a feed at `position` unless it has a cursor already. */
    startCursor: (source: string, position: bigint) =>
      prisma.ingestCursor.createMany({ data: [{ source, position }], skipDuplicates: true }),

    /**
     * Leases up to `limit` due deliveries of enabled endpoints for `worker`, with the other
     * deliveries of any batch they belong to. Rows another process holds are skipped.
     */
    /** Leases due deliveries, none of a suspended workspace's. */
    claimDue: async (
      worker: string,
      limit: number,
      leaseMs: number,
      now: Date,
      suspendedWorkspaceIds: readonly string[] = [],
    ) => {
      const until = new Date(now.getTime() + leaseMs);
      const ids = await prisma.$queryRaw<{ id: string }[]>`
        UPDATE "Delivery" SET "leasedBy" = ${worker}, "leaseUntil" = ${until}
        WHERE id IN (
          SELECT d.id FROM "Delivery" d JOIN "Endpoint" e ON e.id = d."endpointId"
          WHERE d.status = 'PENDING' AND d."nextAttemptAt" <= ${now} AND e.enabled
            AND (d."leaseUntil" IS NULL OR d."leaseUntil" < ${now})
            AND NOT (e."workspaceId" = ANY(${[...suspendedWorkspaceIds]}::uuid[]))
          ORDER BY d."nextAttemptAt" LIMIT ${limit}
          FOR UPDATE OF d SKIP LOCKED
        ) RETURNING id`;
      if (ids.length === 0) return [];
      const claimed = await prisma.delivery.findMany({
        where: { id: { in: ids.map((r) => r.id) } },
        include: claimInclude,
      });
      const batchIds = [...new Set(claimed.map((d) => d.batchId).filter((b): b is string => !!b))];
      if (batchIds.length === 0) return claimed;
      await prisma.delivery.updateMany({
        where: { batchId: { in: batchIds }, status: 'PENDING', leasedBy: { not: worker } },
        data: { leasedBy: worker, leaseUntil: until },
      });
      const members = await prisma.delivery.findMany({
        where: {
          batchId: { in: batchIds },
          status: 'PENDING',
          leasedBy: worker,
          id: { notIn: claimed.map((d) => d.id) },
        },
        include: claimInclude,
      });
      return [...claimed, ...members];
    },
    /** Leases one delivery now, whatever its schedule (a test ping). */
    claimOne: async (id: string, worker: string, leaseMs: number, now: Date) => {
      const { count } = await prisma.delivery.updateMany({
        where: {
          id,
          status: 'PENDING',
          OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }, { leasedBy: worker }],
        },
        data: { leasedBy: worker, leaseUntil: new Date(now.getTime() + leaseMs) },
      });
      return count === 1
        ? prisma.delivery.findUnique({ where: { id }, include: claimInclude })
        : null;
    },
    assignBatch: (ids: readonly string[], batchId: string) =>
      prisma.delivery.updateMany({ where: { id: { in: [...ids] } }, data: { batchId } }),
    /** Records one attempt of several deliveries (a batch shares it) and their new state. */
    recordAttempt: (
      ids: readonly string[],
      attempt: {
        attemptedAt: Date;
        statusCode: number | null;
        latencyMs: number;
        responseBody: string | null;
        error: string | null;
      },
      next:
        { status: 'SUCCEEDED' } | { status: 'PENDING'; nextAttemptAt: Date } | { status: 'DEAD' },
    ) =>
      // One round trip for both writes: the attempt and the delivery's new state.
      prisma.$transaction([
        prisma.attempt.createMany({ data: ids.map((deliveryId) => ({ deliveryId, ...attempt })) }),
        prisma.delivery.updateMany({
          where: { id: { in: [...ids] } },
          data: {
            status: next.status,
            attempts: { increment: 1 },
            leasedBy: null,
            leaseUntil: null,
            lastStatusCode: attempt.statusCode,
            lastError: attempt.error,
            ...(next.status === 'PENDING'
              ? { nextAttemptAt: next.nextAttemptAt }
              : { completedAt: attempt.attemptedAt }),
          },
        }),
      ]),
    /** Gives deliveries back without an attempt (the process is stopping). */
    releaseLeases: (worker: string) =>
      prisma.delivery.updateMany({
        where: { leasedBy: worker, status: 'PENDING' },
        data: { leasedBy: null, leaseUntil: null },
      }),
    /** Notes a success or a failure on the endpoint; returns it as it is now. */
    // Written at most every few seconds per endpoint while all goes well: not once per delivery.
    markEndpointSuccess: (id: string, at: Date) =>
      prisma.endpoint.updateMany({
        where: {
          id,
          OR: [
            { failingSince: { not: null } },
            { lastSuccessAt: null },
            { lastSuccessAt: { lt: new Date(at.getTime() - 5_000) } },
          ],
        },
        data: { failingSince: null, lastSuccessAt: at },
      }),
    markEndpointFailure: (id: string, at: Date) =>
      prisma.$transaction(async (tx) => {
        await tx.endpoint.updateMany({
          where: { id, failingSince: null },
          data: { failingSince: at },
        });
        return tx.endpoint.findUnique({ where: { id } });
      }),
    /** Disables a failing endpoint once; true for the call that did it. */
    disableFailingEndpoint: async (id: string) =>
      (
        await prisma.endpoint.updateMany({
          where: { id, enabled: true },
          data: { enabled: false, disabledReason: 'FAILING' },
        })
      ).count === 1,

    /** Deletes messages older than `before`, with their deliveries and attempts. */
    pruneMessages: (before: Date) =>
      prisma.message.deleteMany({ where: { createdAt: { lt: before } } }),
    findDeliveriesOf: (endpointId: string, messageId: string) =>
      prisma.delivery.findMany({ where: { endpointId, messageId } }),
    findDelivery: (id: string) =>
      prisma.delivery.findUnique({ where: { id }, include: { message: true, endpoint: true } }),
    /** A page of an endpoint's deliveries, newest first, after the (createdAt, id) cursor. */
    listDeliveries: (
      endpointId: string,
      options: { take: number; status?: DeliveryStatus; after?: { createdAt: Date; id: string } },
    ) =>
      prisma.delivery.findMany({
        where: {
          endpointId,
          ...(options.status ? { status: options.status } : {}),
          ...(options.after
            ? {
                OR: [
                  { createdAt: { lt: options.after.createdAt } },
                  { createdAt: options.after.createdAt, id: { lt: options.after.id } },
                ],
              }
            : {}),
        },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: options.take,
        include: { message: true },
      }),
    listAttempts: (deliveryIds: readonly string[]) =>
      prisma.attempt.findMany({
        where: { deliveryId: { in: [...deliveryIds] } },
        orderBy: { id: 'asc' },
      }),
    /** Puts deliveries back on a fresh schedule, due now, sent alone. */
    replayDeliveries: (where: Prisma.DeliveryWhereInput, now: Date) =>
      prisma.delivery.updateMany({
        where,
        data: {
          status: 'PENDING',
          attempts: 0,
          nextAttemptAt: now,
          completedAt: null,
          batchId: null,
          leasedBy: null,
          leaseUntil: null,
        },
      }),
    countByMessageIds: (ids: readonly string[]) =>
      prisma.delivery.groupBy({
        by: ['status'],
        where: { messageId: { in: [...ids] } },
        _count: true,
      }),
  };
}

export type WebhooksDb = ReturnType<typeof createWebhooksDb>;
