import { compileFormula, matchesFilter, type CompiledFormula } from '@pyairtable/formula';
import type { FeedTable, RecordChangeItem } from '@pyairtable/subgraph-kit';
import type { Trigger } from '../domain/definition.ts';

type FieldIds = Record<string, unknown> | null;

/** Cells keyed by field name (as templates and formulas see them). */
function byName(cells: FieldIds, table: FeedTable) {
  const names = new Map(table.fields.map((f) => [f.id, f.name]));
  return Object.fromEntries(
    Object.entries(cells ?? {}).map(([id, value]) => [names.get(id) ?? id, value]),
  );
}

// Compiled per workflow version and table schema: compiling is the costly part.
const compiled = new Map<string, CompiledFormula | null>();

function formulaFor(key: string, source: string, table: FeedTable): CompiledFormula | null {
  const cacheKey = `${key}:${table.fields.map((f) => `${f.id}=${f.name}:${f.type}`).join(',')}`;
  if (!compiled.has(cacheKey)) {
    if (compiled.size > 5_000) compiled.clear();
    try {
      compiled.set(cacheKey, compileFormula(source, { fields: table.fields }));
    } catch {
      // A formula naming fields the table no longer has matches nothing, as in Airtable.
      compiled.set(cacheKey, null);
    }
  }
  return compiled.get(cacheKey)!;
}

/**
 * The trigger data a record change gives a workflow's trigger (what templates see as
 * `trigger`), or null when the trigger does not fire. RECORD_MATCHES fires when the record
 * enters the condition: true after the change and not before it.
 */
export function matchRecordTrigger(
  trigger: Trigger,
  /** Identifies the workflow version, for the formula cache. */
  versionKey: string,
  change: RecordChangeItem,
  table: FeedTable,
  now: Date,
): Record<string, unknown> | null {
  if (!('tableId' in trigger) || trigger.tableId !== change.tableId) return null;
  if (change.kind === 'DELETED') return null;
  const names = new Map(table.fields.map((f) => [f.id, f.name]));
  const changedFields = change.changedFields.map((id) => names.get(id) ?? id);
  // The record before the change: the cells now, with the changed ones as they were.
  const previousCells: Record<string, unknown> = { ...(change.after ?? {}) };
  for (const id of change.changedFields) {
    if (change.before && id in change.before) previousCells[id] = change.before[id];
    else delete previousCells[id];
  }
  const record = {
    id: change.recordId,
    createdTime: change.createdTime ?? change.occurredAt,
    fields: byName(change.after, table),
  };
  const previous = { fields: change.kind === 'CREATED' ? {} : byName(previousCells, table) };
  switch (trigger.type) {
    case 'RECORD_CREATED':
      if (change.kind !== 'CREATED') return null;
      break;
    case 'RECORD_UPDATED': {
      if (change.kind !== 'UPDATED' || change.changedFields.length === 0) return null;
      const wanted = trigger.fields ?? [];
      if (
        wanted.length > 0 &&
        !change.changedFields.some(
          (id) => wanted.includes(names.get(id) ?? id) || wanted.includes(id),
        )
      )
        return null;
      break;
    }
    case 'RECORD_MATCHES': {
      const formula = formulaFor(versionKey, trigger.formula, table);
      if (!formula || !matchesFilter(formula, record, { now })) return null;
      if (change.kind === 'UPDATED') {
        const before = { ...record, fields: previous.fields };
        if (matchesFilter(formula, before, { now })) return null;
      }
      break;
    }
    default:
      return null;
  }
  return {
    type: trigger.type,
    baseId: change.baseId,
    tableId: change.tableId,
    record,
    previous,
    changedFields,
    occurredAt: change.occurredAt,
  };
}
