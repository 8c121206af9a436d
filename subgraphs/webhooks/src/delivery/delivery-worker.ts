import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { createEvent, type EventBus } from '@pyairtable/events';
import { OutboundRefused, sendOutbound, type OutboundPolicy } from '@pyairtable/outbound-http';
import type { Logger, SecretBox, SuspendedWorkspaces } from '@pyairtable/subgraph-kit';
import type { WebhooksConfig } from '../config.ts';
import type { ClaimedDelivery, WebhooksDb } from '../db.ts';
import { nextAttemptDelay, parseRetryAfter } from '../domain/retry-schedule.ts';
import { webhookHeaders } from '../domain/signing-secret.ts';
import { planRequests, type DeliveryRequest } from './delivery-request.ts';
import { createEndpointPacer } from './endpoint-pacer.ts';

// The history keeps the first kilobyte of each response; nothing more is read.
const RESPONSE_BYTES_KEPT = 1024;
const PRUNE_EVERY_MS = 10 * 60_000;

export interface DeliveryWorkerDeps {
  config: WebhooksConfig;
  db: WebhooksDb;
  logger: Logger;
  clock: () => Date;
  events: EventBus;
  secrets: SecretBox;
  outbound: OutboundPolicy;
  /** Deliveries of a suspended workspace wait in the outbox until it is restored. */
  suspendedWorkspaces?: SuspendedWorkspaces;
}

/**
 * Sends due deliveries: leases them in the database (so several processes share the work
 * and a killed one's deliveries come back when its lease runs out), signs each request with
 * every active secret, records each attempt, and schedules the retry or the dead letter.
 */
export function createDeliveryWorker(deps: DeliveryWorkerDeps) {
  const { config, db, logger } = deps;
  const workerId = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  const pacer = createEndpointPacer();
  const inFlight = new Set<Promise<void>>();
  let running = false;
  let loop: Promise<void> | undefined;
  let wake: (() => void) | undefined;
  let kicked = false;

  const kick = () => {
    kicked = true;
    wake?.();
  };
  // A restored workspace's waiting deliveries go out at once.
  const unsubscribe = deps.events.subscribe(
    (event) => {
      if (event.type === 'workspace.suspensionChanged' && !event.suspended) kick();
    },
    { types: ['workspace.suspensionChanged'] },
  );

  async function idle(ms: number) {
    if (kicked) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
    wake = undefined;
  }

  async function attempt(request: DeliveryRequest): Promise<void> {
    const { endpoint } = request;
    if (request.newBatch)
      await db.assignBatch(
        request.deliveries.map((d) => d.id),
        request.webhookId,
      );
    await pacer.wait(endpoint.id, endpoint.rateLimitPerSecond);
    const now = deps.clock();
    const secrets = endpoint.secrets
      .filter((s) => !s.expiresAt || s.expiresAt > now)
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
      .map((s) => deps.secrets.decrypt(s.sealed));
    const timestamp = Math.floor(now.getTime() / 1000);
    const started = performance.now();
    let statusCode: number | null = null;
    let responseBody: string | null = null;
    let error: string | null = null;
    let retryAfterMs: number | null = null;
    try {
      const response = await sendOutbound(
        {
          url: endpoint.url,
          method: 'POST',
          body: request.body,
          headers: {
            'content-type': 'application/json',
            'user-agent': 'PyAirtable-Webhooks/1.0',
            ...webhookHeaders(secrets, request.webhookId, timestamp, request.body),
          },
          maxResponseBytes: RESPONSE_BYTES_KEPT,
        },
        deps.outbound,
      );
      statusCode = response.status;
      responseBody = response.body;
      retryAfterMs = parseRetryAfter(response.headers['retry-after'], now);
      if (statusCode < 200 || statusCode >= 300) error = `HTTP ${statusCode}`;
    } catch (failure) {
      error =
        failure instanceof OutboundRefused
          ? `Refused: ${failure.message}`
          : (failure as Error).name === 'TimeoutError'
            ? 'Timed out after 10 s'
            : `Network error: ${(failure as Error).message}`;
    }
    const latencyMs = Math.round(performance.now() - started);
    const attemptedAt = deps.clock();
    const ids = request.deliveries.map((d) => d.id);
    const record = { attemptedAt, statusCode, latencyMs, responseBody, error };
    if (!error) {
      await db.recordAttempt(ids, record, { status: 'SUCCEEDED' });
      await db.markEndpointSuccess(endpoint.id, attemptedAt);
      return;
    }
    const attempts = Math.max(...request.deliveries.map((d) => d.attempts)) + 1;
    const delay = nextAttemptDelay(attempts, retryAfterMs);
    await db.recordAttempt(
      ids,
      record,
      delay === null
        ? { status: 'DEAD' }
        : { status: 'PENDING', nextAttemptAt: new Date(attemptedAt.getTime() + delay) },
    );
    logger.info(
      { endpointId: endpoint.id, webhookId: request.webhookId, attempts, error },
      'webhook delivery failed',
    );
    await disableWhenFailingTooLong(endpoint.id, attemptedAt);
  }

  async function disableWhenFailingTooLong(endpointId: string, at: Date) {
    const endpoint = await db.markEndpointFailure(endpointId, at);
    if (!endpoint?.failingSince || !endpoint.enabled) return;
    const failingMs = at.getTime() - endpoint.failingSince.getTime();
    if (failingMs < config.WEBHOOKS_DISABLE_AFTER_HOURS * 3_600_000) return;
    if (!(await db.disableFailingEndpoint(endpointId))) return;
    logger.warn(
      { endpointId, workspaceId: endpoint.workspaceId },
      'webhook endpoint disabled after failing',
    );
    await deps.events
      .publish(
        createEvent(
          'webhook.endpointDisabled',
          {
            workspaceId: endpoint.workspaceId,
            endpointId,
            url: endpoint.url,
            failingSince: endpoint.failingSince.toISOString(),
          },
          deps.clock,
        ),
      )
      .catch((err: unknown) =>
        logger.warn({ err, endpointId }, 'endpoint disabled event not published'),
      );
  }

  function track(request: DeliveryRequest): void {
    const work = attempt(request)
      .catch((err: unknown) =>
        // The lease runs out and the delivery is tried again: nothing is lost.
        logger.error(
          { err, webhookId: request.webhookId },
          'webhook attempt could not be recorded',
        ),
      )
      .finally(() => {
        inFlight.delete(work);
        kick();
      });
    inFlight.add(work);
  }

  let nextPrune = 0;
  async function pruneOldMessages() {
    const now = deps.clock().getTime();
    if (now < nextPrune) return;
    nextPrune = now + PRUNE_EVERY_MS;
    await db
      .pruneMessages(new Date(now - config.WEBHOOKS_RETENTION_DAYS * 86_400_000))
      .catch((err: unknown) => logger.error({ err }, 'pruning old webhook messages failed'));
  }

  // Waiting for the next pass that finds nothing more to send.
  const passes: (() => void)[] = [];

  async function run() {
    while (running) {
      kicked = false;
      // Asked before this pass began: answered once it found nothing more to claim.
      const waiting = passes.splice(0);
      await pruneOldMessages();
      const room = config.WEBHOOKS_CONCURRENCY - inFlight.size;
      if (room > 0) {
        const suspended = [...((await deps.suspendedWorkspaces?.()) ?? [])];
        const claimed = await db
          .claimDue(workerId, room, config.WEBHOOKS_LEASE_MS, deps.clock(), suspended)
          .catch((err: unknown) => {
            logger.error({ err }, 'claiming webhook deliveries failed');
            return [] as ClaimedDelivery[];
          });
        for (const request of planRequests(claimed)) track(request);
        if (claimed.length > 0) {
          passes.push(...waiting);
          continue;
        }
      }
      for (const resolve of waiting) resolve();
      await idle(config.WEBHOOKS_POLL_MS);
    }
  }

  return {
    workerId,
    /** Looks for due deliveries now (a new message, a replay). */
    kick,
    /** Resolves once a pass started now has claimed everything it may send (tests). */
    caughtUp(): Promise<void> {
      const done = new Promise<void>((resolve) => passes.push(resolve));
      kick();
      return done;
    },
    start() {
      if (running) return;
      running = true;
      loop = run();
    },
    async stop() {
      running = false;
      unsubscribe();
      wake?.();
      await loop;
      await Promise.allSettled([...inFlight]);
      await db.releaseLeases(workerId).catch(() => undefined);
    },
    /** Sends one message's delivery to an endpoint now, alone; resolves after the attempt. */
    async deliverMessageNow(endpointId: string, messageId: string): Promise<string | null> {
      const [row] = await db.findDeliveriesOf(endpointId, messageId);
      if (!row) return null;
      const claimed = await db.claimOne(row.id, workerId, config.WEBHOOKS_LEASE_MS, deps.clock());
      if (claimed) {
        await attempt({
          endpoint: claimed.endpoint,
          deliveries: [claimed],
          webhookId: claimed.message.id,
          body: JSON.stringify({
            type: claimed.message.eventType,
            timestamp: claimed.message.createdAt.toISOString(),
            data: claimed.message.payload,
          }),
          newBatch: false,
        });
      }
      return row.id;
    },
  };
}

export type DeliveryWorker = ReturnType<typeof createDeliveryWorker>;
