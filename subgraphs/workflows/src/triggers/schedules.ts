import type { WorkflowsDeps } from '../deps.ts';
import { TriggerSchema } from '../domain/definition.ts';
import { quotaLeft } from '../domain/run-quota.ts';
import { nextScheduleTimes } from '../domain/schedule.ts';

/**
 * Starts the runs of scheduled workflows: every poll, each due workflow's slot is taken (by
 * one process: the move to the next slot and the run are stored together) and its run sent.
 * A slot missed while no process ran fires once when one is back; older ones are skipped.
 */
export function createSchedules(deps: WorkflowsDeps) {
  const { config, db, logger, clock } = deps;
  let timer: NodeJS.Timeout | undefined;
  let ticking: Promise<void> | null = null;

  async function fireDue() {
    const now = clock();
    const suspended = await deps.suspendedWorkspaces();
    for (const workflow of await db.listDueSchedules(now)) {
      const version = await db.findVersion(workflow.id, workflow.version);
      const trigger = version && TriggerSchema.safeParse(version.trigger);
      if (!trigger?.success || trigger.data.type !== 'SCHEDULE' || !workflow.nextRunAt) continue;
      const slot = workflow.nextRunAt;
      const next = nextScheduleTimes(trigger.data.cron, trigger.data.timeZone, now, 1)[0]!;
      const skip =
        suspended.has(workflow.workspaceId) ||
        (workflow.paused && workflow.whilePaused === 'DROP') ||
        (await quotaLeft(deps, workflow.workspaceId)) <= 0;
      const run = await db.takeScheduleSlot(
        workflow.id,
        slot,
        next,
        skip
          ? null
          : {
              workflowId: workflow.id,
              workspaceId: workflow.workspaceId,
              version: workflow.version,
              triggerType: 'SCHEDULE',
              trigger: { type: 'SCHEDULE', scheduledAt: slot.toISOString() },
              sourceKey: `schedule:${workflow.id}:${slot.toISOString()}`,
              held: workflow.paused,
              leaseUntil: new Date(now.getTime() + deps.queue.graceMs),
            },
      );
      // A skipped slot stores no run, but the schedule still moves on.
      if (skip) {
        logger.info({ workflowId: workflow.id, slot }, 'scheduled run skipped');
        continue;
      }
      if (run && !run.held) await deps.queue.dispatch([run.id]);
    }
  }

  /** Fires what is due now (tests, the timer). */
  function tick(): Promise<void> {
    ticking ??= fireDue()
      .catch((err: unknown) => logger.warn({ err }, 'firing schedules failed'))
      .finally(() => (ticking = null));
    return ticking;
  }

  return {
    start() {
      timer ??= setInterval(() => void tick(), Math.min(config.WORKFLOWS_POLL_MS, 1_000));
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      await ticking;
    },
    tick,
  };
}

export type Schedules = ReturnType<typeof createSchedules>;
