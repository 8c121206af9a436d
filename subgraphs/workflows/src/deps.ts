import type { EventBus } from '@pyairtable/events';
import type { OutboundPolicy } from '@pyairtable/outbound-http';
import type {
  Actor,
  BaseContext,
  Caller,
  GatewayExecutor,
  Logger,
  MembershipClient,
  SecretBox,
  SuspendedWorkspaces,
} from '@pyairtable/subgraph-kit';
import type { WorkflowsConfig } from './config.ts';
import type { WorkflowsDb } from './db.ts';
import type { RunQueue } from './runs/run-queue.ts';

/** What the workflows domain needs from the outside world. */
export interface WorkflowsDeps {
  config: WorkflowsConfig;
  db: WorkflowsDb;
  logger: Logger;
  clock: () => Date;
  events: EventBus;
  secrets: SecretBox;
  memberships: MembershipClient;
  /** Where http steps may go (SSRF rules, WORKFLOWS_ALLOW_HOSTS). */
  outbound: OutboundPolicy;
  /** Operations through the gateway as a person (runs act as the workflow's owner). */
  graphAs: (caller: Caller, requestId: string) => GatewayExecutor;
  /** The gateway's public origin, for webhook-trigger URLs. */
  publicUrl: () => string;
  queue: RunQueue;
  /** Workspaces a platform administrator suspended: their workflows do not run. */
  suspendedWorkspaces: SuspendedWorkspaces;
}

export interface WorkflowsContext extends BaseContext {
  deps: WorkflowsDeps;
  actor: Actor;
}
