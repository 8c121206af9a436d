import type { AuditDeps } from '../deps.ts';
import type { Actor } from './actor.ts';
import { requireWorkspaceRole } from './access.ts';
import { createChainVerifier } from './verify-chain.ts';

const PAGE = 5_000;

/** Walks a workspace's hash chain page by page and reports the first entry that breaks it. */
export async function verifyAuditLog(deps: AuditDeps, actor: Actor, workspaceId: string) {
  const chain = await requireWorkspaceRole(deps, actor, workspaceId);
  return verifyChain(deps, chain);
}

/** Verifies one chain (also used before pruning). */
export async function verifyChain(deps: AuditDeps, chain: string) {
  const verifier = createChainVerifier(deps.signingKey, await deps.db.listCheckpoints(chain));
  let after = 0n;
  for (;;) {
    const page = await deps.db.walkChain(chain, after, PAGE);
    if (!verifier.add(page) || page.length < PAGE) break;
    after = page.at(-1)!.position;
  }
  return verifier.result(await deps.db.findHead(chain));
}
