import type { AuditDeps } from '../deps.ts';
import type { RecordChange } from '../db.ts';
import type { Actor } from './actor.ts';
import { isMemberOfAny } from './access.ts';
import { decodeCursor, encodeCursor, pageSize } from './audit-cursor.ts';

// A platform write is applied after the audited mutation (the per-base writer paces writes).
const WRITE_WINDOW_MS = 5 * 60_000;

const GRAPHQL_PATHS: Record<string, string> = {
  graphql: 'GRAPHQL',
  'rest-proxy': 'REST_PROXY',
  mcp: 'MCP',
  assistant: 'ASSISTANT',
  workflow: 'WORKFLOW',
  system: 'SYSTEM',
};

/** The path of a platform change: the latest audited write by its actor to that record (or, for a new record, its table). */
async function pathOf(deps: AuditDeps, change: RecordChange): Promise<string> {
  if (change.source === 'sync') return 'SYSTEM';
  const key = change.kind === 'CREATED' ? change.tableId : change.recordId;
  const writes = await deps.db.findWritesTo(
    change.workspaceIds,
    key,
    new Date(change.at.getTime() - WRITE_WINDOW_MS),
    new Date(change.at.getTime() + 5_000),
  );
  const mine = writes
    .filter((w) => w.userId === change.actorId)
    .sort((a, b) => b.at.getTime() - a.at.getTime());
  return GRAPHQL_PATHS[mine[0]?.path ?? 'graphql'] ?? 'GRAPHQL';
}

/**
 * A record's changes, newest first. Record references come from the airtable subgraph, which
 * only hands out records the caller may read; members of the record's workspace see its
 * history, anyone else an empty list.
 */
export async function recordHistory(
  deps: AuditDeps,
  actor: Actor,
  recordId: string,
  args: { first?: number | null; after?: string | null },
) {
  const first = pageSize(args.first, 100, 20);
  const rows = await deps.db.listRecordChanges(recordId, first + 1, decodeCursor(args.after));
  const workspaceIds = [...new Set(rows.flatMap((r) => r.workspaceIds))];
  if (rows.length === 0 || !(await isMemberOfAny(deps, actor, workspaceIds)))
    return { edges: [], pageInfo: { endCursor: null, hasNextPage: false } };
  const page = rows.slice(0, first);
  const edges = await Promise.all(
    page.map(async (change) => ({
      cursor: encodeCursor(change.sequence),
      node: {
        at: change.at,
        kind: change.kind,
        actor:
          change.source === 'sync'
            ? { id: 'airtable', kind: 'AIRTABLE', userId: null, apiKeyId: null }
            : {
                id: change.actorId,
                kind: change.actorId ? 'USER' : 'ANONYMOUS',
                userId: change.actorId,
                apiKeyId: null,
              },
        path: await pathOf(deps, change),
        changes: change.changes,
      },
    })),
  );
  return {
    edges,
    pageInfo: { endCursor: edges.at(-1)?.cursor ?? null, hasNextPage: rows.length > first },
  };
}
