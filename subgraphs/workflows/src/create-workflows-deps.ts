import { createEventBus, type EventBus } from '@pyairtable/events';
import { parseAllowHosts, type ResolveHost } from '@pyairtable/outbound-http';
import {
  createGatewayExecutor,
  createLogger,
  createMembershipClient,
  createSecretBox,
  createSuspendedWorkspaces,
  type Logger,
} from '@pyairtable/subgraph-kit';
import type { WorkflowsConfig } from './config.ts';
import { createWorkflowsDb } from './db.ts';
import type { WorkflowsDeps } from './deps.ts';
import { executeRun } from './runs/execute-run.ts';
import { createRunQueue } from './runs/run-queue.ts';
import { createRecordTriggers, type RecordTriggers } from './triggers/record-triggers.ts';
import { createSchedules, type Schedules } from './triggers/schedules.ts';

export interface WorkflowsWorkers {
  triggers: RecordTriggers;
  schedules: Schedules;
  /** Starts the triggers, the schedules and the run workers. */
  start(): Promise<void>;
}

/**
 * Everything the workflows subgraph runs with, wired from its settings: database, event bus,
 * the run queue (pg-boss), the triggers and schedules (not started). `close` releases them.
 */
export async function createWorkflowsDeps(
  config: WorkflowsConfig,
  options: {
    events?: EventBus;
    logger?: Logger;
    resolve?: ResolveHost;
    clock?: () => Date;
    gatewayUrl?: () => string;
  } = {},
): Promise<{ deps: WorkflowsDeps; workers: WorkflowsWorkers; close: () => Promise<void> }> {
  const logger = options.logger ?? createLogger('workflows', config.LOG_LEVEL);
  const db = createWorkflowsDb(config.DATABASE_URL);
  const events =
    options.events ??
    (await createEventBus({
      redisUrl: config.REDIS_URL,
      databaseUrl: config.EVENTS_DATABASE_URL,
      onError: (err) => logger.warn({ err, reason: err.reason }, 'event bus'),
    }));
  const clock = options.clock ?? (() => new Date());
  const gatewayUrl = options.gatewayUrl ?? (() => config.GATEWAY_URL);
  const suspendedWorkspaces = createSuspendedWorkspaces({
    workspacesUrl: config.WORKSPACES_URL,
    signingSecret: config.GATEWAY_SIGNING_SECRET,
    logger,
    events,
    caller: 'workflows',
  });
  const queue = createRunQueue({ config, db, logger, clock });
  const deps: WorkflowsDeps = {
    config,
    db,
    logger,
    clock,
    events,
    queue,
    suspendedWorkspaces,
    secrets: createSecretBox(config.SECRETS_ENCRYPTION_KEY, config.SECRETS_ENCRYPTION_KEY_PREVIOUS),
    memberships: createMembershipClient({
      workspacesUrl: config.WORKSPACES_URL,
      signingSecret: config.GATEWAY_SIGNING_SECRET,
    }),
    outbound: {
      allowHosts: parseAllowHosts(config.WORKFLOWS_ALLOW_HOSTS),
      requireHttps: config.NODE_ENV === 'production',
      ...(options.resolve ? { resolve: options.resolve } : {}),
    },
    graphAs: (caller, requestId) =>
      createGatewayExecutor({
        gatewayUrl,
        signingSecret: config.GATEWAY_SIGNING_SECRET,
        caller: { ...caller, requestId },
        timeoutMs: 60_000,
        // Runs' operations are audited as the workflow path.
        auditPath: 'workflow',
      }),
    publicUrl: () => config.WORKFLOWS_PUBLIC_URL ?? new URL(gatewayUrl()).origin,
  };
  const triggers = createRecordTriggers(deps);
  const schedules = createSchedules(deps);
  const retention = setInterval(
    () =>
      void db
        .deleteRunsBefore(
          new Date(clock().getTime() - config.WORKFLOWS_RETENTION_DAYS * 86_400_000),
        )
        .catch((err: unknown) => logger.warn({ err }, 'removing old runs failed')),
    3_600_000,
  );
  retention.unref();
  const workers: WorkflowsWorkers = {
    triggers,
    schedules,
    async start() {
      await queue.work((runId) => executeRun(deps, runId).then(() => undefined));
      triggers.start();
      schedules.start();
    },
  };
  const close = async () => {
    clearInterval(retention);
    await triggers.stop();
    await schedules.stop();
    await queue.stop();
    suspendedWorkspaces.close();
    if (!options.events) await events.close();
    await db.close();
  };
  return { deps, workers, close };
}
