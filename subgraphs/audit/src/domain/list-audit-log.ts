import { badUserInput } from '@pyairtable/subgraph-kit';
import type { AuditDeps } from '../deps.ts';
import type { AuditEntry } from '../db.ts';
import type { Actor } from './actor.ts';
import { requireWorkspaceRole } from './access.ts';
import { decodeCursor, encodeCursor, pageSize } from './audit-cursor.ts';

export interface AuditLogFilter {
  actor?: string | null;
  path?: string | null;
  operation?: string | null;
  target?: string | null;
  from?: Date | null;
  to?: Date | null;
  outcome?: string | null;
}

// GraphQL enum values → stored values.
const PATHS: Record<string, string> = {
  GRAPHQL: 'graphql',
  REST_PROXY: 'rest-proxy',
  MCP: 'mcp',
  ASSISTANT: 'assistant',
  WORKFLOW: 'workflow',
  SYSTEM: 'system',
};

/** A page of a workspace's audit log, newest first (owners and admins). */
export async function listAuditLog(
  deps: AuditDeps,
  actor: Actor,
  args: {
    workspaceId: string;
    filter?: AuditLogFilter | null;
    first?: number | null;
    after?: string | null;
  },
) {
  const workspaceId = await requireWorkspaceRole(deps, actor, args.workspaceId);
  const first = pageSize(args.first, 200, 50);
  const f = args.filter ?? {};
  if (f.from && f.to && f.from > f.to) throw badUserInput('from must be before to.', 'filter.from');
  const filter = {
    workspaceId,
    actor: f.actor,
    path: f.path ? PATHS[f.path] : null,
    operation: f.operation,
    target: f.target,
    from: f.from,
    to: f.to,
    outcome: f.outcome?.toLowerCase(),
  };
  const before = decodeCursor(args.after);
  const rows = await deps.db.listEntries(filter, first + 1, before);
  const page = rows.slice(0, first);
  return {
    // Counted only when asked for: over millions of entries the count costs more than the page.
    totalCount: () => deps.db.countEntries(filter),
    edges: page.map((node: AuditEntry) => ({ cursor: encodeCursor(node.seq), node })),
    pageInfo: {
      endCursor: page.length ? encodeCursor(page.at(-1)!.seq) : null,
      hasNextPage: rows.length > first,
    },
  };
}
