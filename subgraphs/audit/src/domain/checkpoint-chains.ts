import type { AuditDeps } from '../deps.ts';
import { keyIdOf, signCheckpoint } from './checkpoint-signature.ts';

/** Signs a checkpoint of every chain whose head moved since its last one; returns how many. */
export async function checkpointChains(deps: AuditDeps): Promise<number> {
  let made = 0;
  for (const head of await deps.db.listHeads()) {
    const last = await deps.db.latestCheckpoint(head.chain);
    if (last && last.position >= head.position) continue;
    await checkpointAt(deps, head.chain, head.position, head.hash);
    made += 1;
  }
  return made;
}

/** Signs "chain had `hash` at `position`". */
export function checkpointAt(deps: AuditDeps, chain: string, position: bigint, hash: string) {
  return deps.db.insertCheckpoint({
    chain,
    position,
    hash,
    at: deps.clock(),
    keyId: keyIdOf(deps.signingKey),
    signature: signCheckpoint(deps.signingKey, chain, position, hash),
  });
}
