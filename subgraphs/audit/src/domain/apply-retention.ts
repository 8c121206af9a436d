import type { AuditDeps } from '../deps.ts';
import { checkpointAt } from './checkpoint-chains.ts';
import { verifyChain } from './verify-audit-log.ts';

const DAY_MS = 86_400_000;

/**
 * Prunes each workspace's entries older than its retention (AUDIT_RETENTION_DAYS unless set).
 * The chain is verified first (a broken chain is kept whole, as evidence) and a signed
 * checkpoint is made at the last pruned entry, so the rest still verifies. The platform chain
 * keeps the default. Returns the number of entries pruned.
 */
export async function applyRetention(deps: AuditDeps): Promise<number> {
  const custom = new Map((await deps.db.listRetentions()).map((r) => [r.workspaceId, r.days]));
  let pruned = 0;
  for (const head of await deps.db.listHeads()) {
    const days = custom.get(head.chain) ?? deps.config.AUDIT_RETENTION_DAYS;
    const boundary = await deps.db.lastEntryBefore(
      head.chain,
      new Date(deps.clock().getTime() - days * DAY_MS),
    );
    if (!boundary) continue;
    const verified = await verifyChain(deps, head.chain);
    if (!verified.ok) {
      deps.logger.error({ chain: head.chain, ...verified }, 'audit chain broken: not pruned');
      continue;
    }
    await checkpointAt(deps, head.chain, boundary.position, boundary.hash);
    pruned += (await deps.db.pruneChain(head.chain, boundary.position)).count;
  }
  return pruned;
}
