import { badUserInput, type Actor } from '@pyairtable/subgraph-kit';
import type { FilesDeps } from '../deps.ts';
import { requireWorkspaceRole } from './access.ts';

const MAX_PAGE = 100;

const encodeCursor = (f: { createdAt: Date; id: string }) =>
  Buffer.from(`${f.createdAt.toISOString()}|${f.id}`).toString('base64url');

function decodeCursor(cursor: string) {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const createdAt = new Date(at ?? '');
  if (!id || Number.isNaN(createdAt.getTime())) throw badUserInput('Invalid cursor.', 'after');
  return { createdAt, id };
}

/** A workspace's files, newest first, a page at a time (members). */
export async function listFiles(
  deps: FilesDeps,
  actor: Actor,
  args: { workspaceId: string; first?: number | null; after?: string | null },
) {
  await requireWorkspaceRole(deps, actor, args.workspaceId, 'VIEWER');
  const first = args.first ?? 20;
  if (first < 1 || first > MAX_PAGE) throw badUserInput(`first must be 1 to ${MAX_PAGE}.`, 'first');
  const rows = await deps.db.listFiles(
    args.workspaceId.toLowerCase(),
    first + 1,
    args.after ? decodeCursor(args.after) : undefined,
  );
  const page = rows.slice(0, first);
  return {
    edges: page.map((node) => ({ cursor: encodeCursor(node), node })),
    pageInfo: {
      hasNextPage: rows.length > first,
      endCursor: page.length ? encodeCursor(page[page.length - 1]!) : null,
    },
  };
}
