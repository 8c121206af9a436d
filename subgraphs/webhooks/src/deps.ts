import type { EventBus } from '@pyairtable/events';
import type { OutboundPolicy } from '@pyairtable/outbound-http';
import type { BaseContext, Logger, MembershipClient, SecretBox } from '@pyairtable/subgraph-kit';
import type { WebhooksConfig } from './config.ts';
import type { WebhooksDb } from './db.ts';
import type { DeliveryWorker } from './delivery/delivery-worker.ts';
import type { Actor } from './domain/actor.ts';

/** What the webhooks domain needs from the outside world. */
export interface WebhooksDeps {
  config: WebhooksConfig;
  db: WebhooksDb;
  logger: Logger;
  clock: () => Date;
  events: EventBus;
  secrets: SecretBox;
  memberships: MembershipClient;
  /** Where deliveries may go (SSRF rules, WEBHOOKS_ALLOW_HOSTS). */
  outbound: OutboundPolicy;
  worker: DeliveryWorker;
}

export interface WebhooksContext extends BaseContext {
  deps: WebhooksDeps;
  actor: Actor;
}
