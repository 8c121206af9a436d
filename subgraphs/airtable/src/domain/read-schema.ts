import type { Actor } from '@pyairtable/subgraph-kit';
import type { Connection } from '../db.ts';
import type { AirtableDeps } from '../deps.ts';
import type { RecordScope } from '../mirror/record-scope.ts';
import { rowFilter } from '../mirror/record-scope.ts';
import {
  requireBase,
  tableAccess,
  type MirrorTableWithSchema,
  type TableAccess,
} from './access.ts';

/** A table as one caller sees it: its visible fields, and what limits its records for them. */
export type VisibleTable = MirrorTableWithSchema & { scope: RecordScope; access: TableAccess };

const visibleTable = (access: TableAccess): VisibleTable => ({
  ...access.table,
  scope: access.scope,
  access,
});

/** The tables of a base the actor can read, each with only the fields they may see. */
export async function listTables(
  deps: AirtableDeps,
  actor: Actor,
  baseId: string,
): Promise<VisibleTable[]> {
  const access = await requireBase(deps, actor, baseId, 'VIEWER');
  return (await deps.db.listTables(access.base.id)).flatMap((row) => {
    const table = tableAccess(access, actor, row);
    return table ? [visibleTable(table)] : [];
  });
}

/** A table of a base the actor can read, by id or name (ids win); null when there is none. */
export async function findTable(
  deps: AirtableDeps,
  actor: Actor,
  baseId: string,
  idOrName: string,
): Promise<VisibleTable | null> {
  const access = await requireBase(deps, actor, baseId, 'VIEWER');
  const row = await deps.db.findTableInBase(access.base.id, idOrName);
  const table = row ? tableAccess(access, actor, row) : null;
  return table ? visibleTable(table) : null;
}

/** How many records of a table exist for the caller who reached it. */
export async function countRecords(deps: AirtableDeps, table: VisibleTable): Promise<number> {
  const visible = rowFilter(table.scope, deps.clock());
  if (!visible) return deps.db.countRecords(table.id);
  const snapshot = await deps.mirror.snapshot(table.id);
  return snapshot ? snapshot.records.filter(visible).length : 0;
}

/** The bases synced through a connection reached through its workspace, as seen from it. */
export async function listConnectionBases(deps: AirtableDeps, connection: Connection) {
  return (await deps.db.listBases({ connectionId: connection.id })).map((base) => ({
    ...base,
    workspaceId: connection.workspaceId,
  }));
}
