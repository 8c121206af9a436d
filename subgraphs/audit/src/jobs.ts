import type { AuditDeps } from './deps.ts';
import { applyRetention } from './domain/apply-retention.ts';
import { checkpointChains } from './domain/checkpoint-chains.ts';

/** The scheduled job: sign a checkpoint of every chain that moved, then apply retention. */
export function createAuditJobs(deps: AuditDeps) {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | null = null;

  const runOnce = () =>
    (running ??= (async () => {
      try {
        const checkpoints = await checkpointChains(deps);
        const pruned = await applyRetention(deps);
        if (checkpoints || pruned) deps.logger.info({ checkpoints, pruned }, 'audit job ran');
      } catch (err) {
        deps.logger.error({ err }, 'audit job failed; it runs again at the next interval');
      } finally {
        running = null;
      }
    })());

  return {
    start() {
      timer ??= setInterval(() => void runOnce(), deps.config.AUDIT_CHECKPOINT_MINUTES * 60_000);
      timer.unref();
    },
    runOnce,
    async stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      await running;
    },
  };
}
