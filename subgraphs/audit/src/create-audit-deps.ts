import { createLogger, createMembershipClient, type Logger } from '@pyairtable/subgraph-kit';
import type { AuditConfig } from './config.ts';
import { createAuditDb } from './db.ts';
import type { AuditDeps } from './deps.ts';
import { createBaseWorkspaces } from './domain/base-workspaces.ts';
import { loadSigningKey } from './domain/checkpoint-signature.ts';
import { createRecordChangesFeed } from './ingest/record-changes-feed.ts';
import { createAuditJobs } from './jobs.ts';

/** Everything the audit subgraph runs with, wired from its settings; workers not started. */
export function createAuditDeps(
  config: AuditConfig,
  options: { logger?: Logger; clock?: () => Date } = {},
) {
  const logger = options.logger ?? createLogger('audit', config.LOG_LEVEL);
  const db = createAuditDb(config.DATABASE_URL);
  const deps: AuditDeps = {
    config,
    db,
    logger,
    clock: options.clock ?? (() => new Date()),
    signingKey: loadSigningKey(config.AUDIT_SIGNING_KEY),
    bases: createBaseWorkspaces({
      airtableUrl: config.AIRTABLE_URL,
      signingSecret: config.GATEWAY_SIGNING_SECRET,
    }),
    memberships: createMembershipClient({
      workspacesUrl: config.WORKSPACES_URL,
      signingSecret: config.GATEWAY_SIGNING_SECRET,
    }),
  };
  const feed = createRecordChangesFeed({ config, db, logger });
  const jobs = createAuditJobs(deps);
  const close = async () => {
    await feed.stop();
    await jobs.stop();
    await db.close();
  };
  return { deps, feed, jobs, close };
}
