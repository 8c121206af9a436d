import { badUserInput, createGatewayExecutor, type Actor } from '@pyairtable/subgraph-kit';
import type { FilesDeps } from '../deps.ts';
import { createAirtableTarget, GraphFailure } from '../imports/airtable-target.ts';
import { previewImport, requireSheet } from './preview-import.ts';

export interface StartImportInput {
  fileId: string;
  baseId: string;
  tableId?: string | null;
  newTableName?: string | null;
  headerLine?: number | null;
  mapping: { column: number; field: string; createType?: string | null }[];
  mergeOn?: string[] | null;
}

/** A refusal of the graph (no access, a bad field) as this mutation's own error. */
function rethrow(error: unknown): never {
  if (error instanceof GraphFailure) {
    throw Object.assign(badUserInput(error.message), {
      extensions: {
        code: error.code === 'INTERNAL_SERVER_ERROR' ? 'UPSTREAM_UNAVAILABLE' : error.code,
      },
    });
  }
  throw error;
}

/**
 * Queues an import (editors of the file's workspace): checks the mapping against the file and
 * the table, creates the table or the fields asked for (through the graph, so only admins
 * can), and stores the job for the worker. Airtable is written to by the worker.
 */
export async function startImport(deps: FilesDeps, actor: Actor, input: StartImportInput) {
  const { file } = await requireSheet(deps, actor, input.fileId);
  if (!input.tableId === !input.newTableName)
    throw badUserInput('Give either tableId or newTableName.', 'tableId');
  if (input.mapping.length === 0) throw badUserInput('Map at least one column.', 'mapping');
  const preview = await previewImport(deps, actor, input);
  const names = new Set<string>();
  for (const m of input.mapping) {
    if (!Number.isInteger(m.column) || m.column < 0 || m.column >= preview.columns.length)
      throw badUserInput(`The file has no column ${m.column}.`, 'mapping');
    if (!m.field.trim() || names.has(m.field))
      throw badUserInput(`Each column needs its own field name ("${m.field}").`, 'mapping');
    names.add(m.field);
  }
  const mergeOn = input.mergeOn ?? [];
  if (mergeOn.length > 3) throw badUserInput('Merge on at most 3 fields.', 'mergeOn');
  for (const name of mergeOn)
    if (!names.has(name)) throw badUserInput(`The merge field "${name}" is not mapped.`, 'mergeOn');

  const target = createAirtableTarget(
    createGatewayExecutor({
      gatewayUrl: deps.gatewayUrl,
      signingSecret: deps.config.GATEWAY_SIGNING_SECRET,
      caller: { ...actor.caller, issuedAt: Date.now() },
      timeoutMs: 60_000,
    }),
  );
  const created = (m: StartImportInput['mapping'][number]) => ({
    name: m.field,
    type: m.createType ?? preview.columns[m.column]!.inferredType,
  });
  const table = await (
    input.newTableName
      ? target.createTable(input.baseId, input.newTableName, input.mapping.map(created))
      : target.readTable(input.baseId, input.tableId!)
  ).catch(rethrow);
  if (!table) throw badUserInput(`No table "${input.tableId}" in the base.`, 'tableId');
  if (!input.newTableName) {
    for (const m of input.mapping) {
      if (table.fields.some((f) => f.name === m.field)) continue;
      if (!m.createType)
        throw badUserInput(
          `The table has no field "${m.field}": give createType to add it.`,
          'mapping',
        );
      await target.createField(input.baseId, table.id, created(m)).catch(rethrow);
    }
  }
  const job = await deps.db.insertImport({
    workspaceId: file.workspaceId,
    fileId: file.id,
    baseId: input.baseId,
    tableId: table.id,
    mapping: input.mapping.map(({ column, field }) => ({ column, field })),
    mergeOn,
    headerLine: preview.headerLine,
    createdById: actor.userId!,
    actor: { ...actor.caller, issuedAt: 0 },
  });
  actor.log.info({ importId: job.id, fileId: file.id, tableId: table.id }, 'import queued');
  deps.kickImports();
  return job;
}
