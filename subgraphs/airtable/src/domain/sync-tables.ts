import { isEmptyCell } from '@pyairtable/formula';
import { badUserInput, notFound } from '@pyairtable/subgraph-kit';
import type { AirtableDeps } from '../deps.ts';
import type { TableSnapshot } from '../mirror/mirror-cache.ts';
import { stableJson } from '../stable-json.ts';
import { requireTable, type TableAccess } from './access.ts';
import { rowFilter } from '../mirror/record-scope.ts';
import type { Actor } from '@pyairtable/subgraph-kit';
import { COMPUTED_FIELD_TYPES, MAX_RECORDS_PER_MUTATION, writeRecords } from './write-records.ts';

type Field = TableSnapshot['table']['fields'][number];

// Links point at records of the source's base and attachments at its files: copying them as
// values would make the target point at things it does not have.
const NOT_COPIED = new Set(['multipleRecordLinks', 'multipleAttachments']);
/** The diff lists this many entries of each kind; the counts are always complete. */
export const MAX_LISTED_CHANGES = 100;

export interface SyncTablesInput {
  sourceBaseId: string;
  sourceTableId: string;
  targetBaseId?: string | null;
  targetTableId: string;
  keyField: string;
  fields?: string[] | null;
  dryRun?: boolean | null;
}

interface Pair {
  name: string;
  source: Field;
  target: Field;
}

/** The diff between two tables on a key field and, unless a dry run, the writes that close it. */
export async function syncTables(deps: AirtableDeps, actor: Actor, input: SyncTablesInput) {
  const dryRun = input.dryRun !== false;
  const source = await requireTable(deps, actor, input.sourceBaseId, input.sourceTableId, 'VIEWER');
  const target = await requireTable(
    deps,
    actor,
    input.targetBaseId ?? input.sourceBaseId,
    input.targetTableId,
    dryRun ? 'VIEWER' : 'EDITOR',
  );
  if (source.table.id === target.table.id)
    throw badUserInput('The source and the target are the same table.', 'targetTableId');
  const [from, to] = await Promise.all([
    visibleSnapshot(deps, source),
    visibleSnapshot(deps, target),
  ]);
  if (!from) throw notFound('Table', input.sourceTableId);
  if (!to) throw notFound('Table', input.targetTableId);

  const key = pairField(from, to, input.keyField, 'keyField');
  const pairs = input.fields
    ? input.fields
        .filter((name) => name !== key.name)
        .map((name) => pairField(from, to, name, 'fields'))
    : // In the target's field order: the order its people see.
      to.table.fields.flatMap((t) => {
        const f = from.table.fields.find((x) => x.name === t.name);
        return f && t.name !== key.name && copyable(t) && !NOT_COPIED.has(f.type)
          ? [{ name: t.name, source: f, target: t }]
          : [];
      });

  const targets = new Map<string, TableSnapshot['records'][number]>();
  for (const record of to.records) {
    const k = keyText(record.cells[key.target.id]);
    if (k && !targets.has(k)) targets.set(k, record);
  }
  const seen = new Set<string>();
  const toCreate: { key: string; fields: Record<string, unknown> }[] = [];
  const toUpdate: {
    key: string;
    recordId: string;
    changes: Record<string, { from: unknown; to: unknown }>;
  }[] = [];
  let unchangedCount = 0;
  let skippedCount = 0;
  for (const record of from.records) {
    const k = keyText(record.cells[key.source.id]);
    if (!k || seen.has(k)) {
      skippedCount++;
      continue;
    }
    seen.add(k);
    const existing = targets.get(k);
    if (!existing) {
      const fields: Record<string, unknown> = { [key.name]: record.cells[key.source.id] };
      for (const p of pairs) {
        const value = record.cells[p.source.id];
        if (!isEmptyCell(value)) fields[p.name] = value;
      }
      toCreate.push({ key: k, fields });
      continue;
    }
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const p of pairs) {
      const wanted = normalize(record.cells[p.source.id]);
      const current = normalize(existing.cells[p.target.id]);
      if (stableJson(wanted) !== stableJson(current))
        changes[p.name] = { from: current, to: wanted };
    }
    if (Object.keys(changes).length === 0) unchangedCount++;
    else toUpdate.push({ key: k, recordId: existing.id, changes });
  }

  const writes = dryRun
    ? []
    : await applyDiff(deps, actor, target.base.id, target.table.id, toCreate, toUpdate);
  return {
    dryRun,
    fields: [key.name, ...pairs.map((p) => p.name)],
    createCount: toCreate.length,
    updateCount: toUpdate.length,
    unchangedCount,
    onlyInTargetCount: [...targets.keys()].filter((k) => !seen.has(k)).length,
    skippedCount,
    toCreate: toCreate.slice(0, MAX_LISTED_CHANGES),
    toUpdate: toUpdate.slice(0, MAX_LISTED_CHANGES),
    writes,
  };
}

/** The table's records and fields as the caller sees them (row rule, hidden fields). */
async function visibleSnapshot(
  deps: AirtableDeps,
  access: TableAccess,
): Promise<Pick<TableSnapshot, 'table' | 'records'> | null> {
  const snapshot = await deps.mirror.snapshot(access.table.id);
  if (!snapshot) return null;
  const visible = rowFilter(access.scope, deps.clock());
  return {
    table: { ...snapshot.table, fields: access.table.fields },
    records: visible ? snapshot.records.filter(visible) : snapshot.records,
  };
}

/** Sends the creates, then the updates, through the outbox writer in mutation-sized batches. */
async function applyDiff(
  deps: AirtableDeps,
  actor: Actor,
  baseId: string,
  tableId: string,
  toCreate: { fields: Record<string, unknown> }[],
  toUpdate: { recordId: string; changes: Record<string, { to: unknown }> }[],
) {
  const batches = [];
  for (let i = 0; i < toCreate.length; i += MAX_RECORDS_PER_MUTATION) {
    const records = toCreate
      .slice(i, i + MAX_RECORDS_PER_MUTATION)
      .map((c) => ({ fields: c.fields }));
    batches.push(
      await writeRecords(deps, actor, { baseId, tableId, kind: 'CREATE', records, typecast: true }),
    );
  }
  for (let i = 0; i < toUpdate.length; i += MAX_RECORDS_PER_MUTATION) {
    const records = toUpdate.slice(i, i + MAX_RECORDS_PER_MUTATION).map((u) => ({
      id: u.recordId,
      fields: Object.fromEntries(Object.entries(u.changes).map(([name, c]) => [name, c.to])),
    }));
    batches.push(
      await writeRecords(deps, actor, { baseId, tableId, kind: 'UPDATE', records, typecast: true }),
    );
  }
  return batches;
}

function pairField(
  from: Pick<TableSnapshot, 'table'>,
  to: Pick<TableSnapshot, 'table'>,
  name: string,
  argument: string,
): Pair {
  const source = from.table.fields.find((f) => f.name === name);
  const target = to.table.fields.find((f) => f.name === name);
  if (!source) throw badUserInput(`Unknown field "${name}" in table ${from.table.name}.`, argument);
  if (!target) throw badUserInput(`Unknown field "${name}" in table ${to.table.name}.`, argument);
  if (!copyable(target))
    throw badUserInput(
      `Field "${name}" of table ${to.table.name} is computed and cannot be written.`,
      argument,
    );
  if (NOT_COPIED.has(source.type) || NOT_COPIED.has(target.type))
    throw badUserInput(
      `Field "${name}" holds links or attachments, which are not copied between tables.`,
      argument,
    );
  return { name, source, target };
}

const copyable = (field: Field) => !COMPUTED_FIELD_TYPES.has(field.type);

/** A key as text: the same key in both tables even when one stores a number and one text. */
function keyText(value: unknown): string {
  if (isEmptyCell(value)) return '';
  return (typeof value === 'string' ? value : stableJson(value)).trim();
}

function normalize(value: unknown): unknown {
  return isEmptyCell(value) ? null : value;
}
