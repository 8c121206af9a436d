import { createRecordChangeFeed, type RecordChangePage } from '@pyairtable/subgraph-kit';
import type { EventBus } from '@pyairtable/events';
import type { NewRun } from '../db.ts';
import type { WorkflowsDeps } from '../deps.ts';
import { TriggerSchema } from '../domain/definition.ts';
import { quotaLeft } from '../domain/run-quota.ts';
import { matchRecordTrigger } from './match-record-trigger.ts';

const FEED = 'airtable.record-changes';

/**
 * Starts runs for record changes: reads the airtable record change log by position (none
 * missed while this process is down; the cursor moves with the stored runs), matches each
 * change against the enabled record-triggered workflows of the workspaces that see the base,
 * and sends the new runs' jobs. The bus only wakes the reader.
 */
export function createRecordTriggers(deps: WorkflowsDeps & { events: EventBus }) {
  const { config, db, logger, clock } = deps;
  let unsubscribe: (() => void) | undefined;

  async function handle(page: RecordChangePage, from: bigint, to: bigint) {
    const tableIds = [...new Set(page.changes.map((c) => c.tableId))];
    const workflows = await db.listRecordTriggered(tableIds);
    const suspended = new Set(await deps.suspendedWorkspaces());
    const runs: NewRun[] = [];
    const quota = new Map<string, number>();
    for (const change of page.changes) {
      const table = page.tables[change.tableId];
      if (!table) continue;
      for (const workflow of workflows) {
        if (!change.workspaceIds.includes(workflow.workspaceId)) continue;
        if (suspended.has(workflow.workspaceId)) continue;
        if (workflow.paused && workflow.whilePaused === 'DROP') continue;
        const version = workflow.versions.find((v) => v.version === workflow.version);
        const trigger = version && TriggerSchema.safeParse(version.trigger);
        if (!trigger?.success) continue;
        const data = matchRecordTrigger(
          trigger.data,
          `${workflow.id}:${workflow.version}`,
          change,
          table,
          clock(),
        );
        if (!data) continue;
        if (!quota.has(workflow.workspaceId))
          quota.set(workflow.workspaceId, await quotaLeft(deps, workflow.workspaceId));
        const left = quota.get(workflow.workspaceId)!;
        if (left <= 0) {
          logger.warn(
            { workspaceId: workflow.workspaceId, workflowId: workflow.id },
            'run quota reached: trigger dropped',
          );
          continue;
        }
        quota.set(workflow.workspaceId, left - 1);
        runs.push({
          workflowId: workflow.id,
          workspaceId: workflow.workspaceId,
          version: workflow.version,
          triggerType: trigger.data.type,
          trigger: data,
          sourceKey: `change:${change.sequence}:${workflow.id}`,
          held: workflow.paused,
          leaseUntil: new Date(clock().getTime() + deps.queue.graceMs),
        });
      }
    }
    const created = await db.insertRunsFromFeed(FEED, from, to, runs);
    if (created?.length) await deps.queue.dispatch(created.filter((r) => !r.held).map((r) => r.id));
  }

  const feed = createRecordChangeFeed({
    airtableUrl: config.AIRTABLE_URL,
    signingSecret: config.GATEWAY_SIGNING_SECRET,
    caller: 'workflows-triggers',
    logger,
    pollMs: config.WORKFLOWS_POLL_MS,
    cursor: { read: () => db.readCursor(FEED), start: (p) => db.startCursor(FEED, p) },
    handle,
  });

  return {
    start() {
      unsubscribe ??= deps.events.subscribe(() => void feed.pump(), { types: ['record.changed'] });
      feed.start();
    },
    async stop() {
      unsubscribe?.();
      unsubscribe = undefined;
      await feed.stop();
    },
    /** Reads the change log to its end now (tests, benchmarks). */
    catchUp: feed.pump,
  };
}

export type RecordTriggers = ReturnType<typeof createRecordTriggers>;
