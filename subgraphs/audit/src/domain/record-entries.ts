import type { AuditEntryInput } from '@pyairtable/audit-client';
import type { Prisma } from '../generated/prisma/client.ts';
import type { AuditDeps } from '../deps.ts';
import type { NewEntry } from '../db.ts';
import { chainOf } from './hash-entry.ts';
import { targetKeys } from './target-keys.ts';

/**
 * Appends emitters' entries to their workspaces' chains. An entry naming only a base gets the
 * base's workspace (asked as its actor); one whose base or connection is gone, or hidden from
 * the actor (a refused attempt), gets the workspace of an earlier entry that named it. Entries
 * already stored (the same id) are skipped, so emitters may resend.
 */
export async function recordEntries(deps: AuditDeps, entries: AuditEntryInput[]) {
  const rows: NewEntry[] = [];
  for (const e of entries) {
    let workspaceId = e.workspaceId?.toLowerCase() ?? e.target.workspaceId?.toLowerCase() ?? null;
    if (!workspaceId && e.target.baseId)
      workspaceId = await deps.bases.workspaceOf(e.target.baseId, e.actor);
    for (const key of [e.target.baseId, e.target.id])
      if (!workspaceId && key) workspaceId = await deps.db.findWorkspaceNaming(key);
    const target = { ...e.target, ...(workspaceId ? { workspaceId } : {}) };
    rows.push({
      id: e.id.toLowerCase(),
      chain: chainOf(workspaceId),
      workspaceId,
      // Stored with millisecond precision: the hash is computed on what is stored.
      at: new Date(new Date(e.at).getTime()),
      userId: e.actor.userId,
      apiKeyId: e.actor.apiKeyId,
      path: e.path,
      operation: e.operation,
      outcome: e.outcome,
      errorCode: e.errorCode,
      requestId: e.requestId,
      ip: e.ip,
      userAgent: e.userAgent,
      target: target as Prisma.InputJsonValue,
      targetKeys: targetKeys(target),
    });
  }
  return deps.db.append(rows);
}
