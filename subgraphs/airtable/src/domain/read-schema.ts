import type { Connection, MirrorTable } from '../db.ts';
import type { AirtableDeps } from '../deps.ts';
import { requireBase } from './access.ts';
import type { Actor } from '@pyairtable/subgraph-kit';

/** The mirrored tables of a base the actor can read, with their fields and views. */
export async function listTables(deps: AirtableDeps, actor: Actor, baseId: string) {
  const { base } = await requireBase(deps, actor, baseId, 'VIEWER');
  return deps.db.listTables(base.id);
}

/** A table of a base the actor can read, by id or name (ids win); null when there is none. */
export async function findTable(
  deps: AirtableDeps,
  actor: Actor,
  baseId: string,
  idOrName: string,
) {
  const { base } = await requireBase(deps, actor, baseId, 'VIEWER');
  return deps.db.findTableInBase(base.id, idOrName);
}

/** How many records the mirror holds for a table reached through its base. */
export function countRecords(deps: AirtableDeps, table: MirrorTable): Promise<number> {
  return deps.db.countRecords(table.id);
}

/** The bases synced through a connection reached through its workspace, as seen from it. */
export async function listConnectionBases(deps: AirtableDeps, connection: Connection) {
  return (await deps.db.listBases({ connectionId: connection.id })).map((base) => ({
    ...base,
    workspaceId: connection.workspaceId,
  }));
}
