import type { Logger } from './logger.ts';
import type { Caller } from './signed-context.ts';

/**
 * Records what a platform administrator did, as one structured log line (`adminAction`), until
 * the audit subgraph takes these. Logged at warn: admin actions are rare, and must be kept
 * where services log only warnings (npm start).
 */
export function recordAdminAction(
  log: Logger,
  caller: Caller,
  action: string,
  target: { type: string; id: string },
): void {
  log.warn(
    {
      adminAction: {
        action,
        actorId: caller.userId,
        actorEmail: caller.email,
        targetType: target.type,
        targetId: target.id,
        ip: caller.ip,
        requestId: caller.requestId,
      },
    },
    `admin action: ${action}`,
  );
}
