import {
  compileFormula,
  matchesFilter,
  type CompiledFormula,
  type FieldSchema,
  type FormulaRecord,
} from '@pyairtable/formula';
import type { Endpoint } from '../db.ts';

/** What an event says for filters to judge. */
export interface FilterSubject {
  eventType: string;
  baseId?: string;
  tableId?: string;
  /** Changed fields, by id and by name. */
  changedFields?: { id: string; name: string }[];
  /** The record and its table's fields, for the formula. */
  record?: FormulaRecord;
  fields?: readonly FieldSchema[];
}

type EndpointFilter = Pick<
  Endpoint,
  | 'id'
  | 'updatedAt'
  | 'eventTypes'
  | 'filterBaseId'
  | 'filterTableId'
  | 'filterFields'
  | 'filterFormula'
>;

// Compiled per endpoint version and table schema: compiling is the costly part.
const compiled = new Map<string, CompiledFormula | null>();

function compiledFor(
  endpoint: EndpointFilter,
  fields: readonly FieldSchema[],
): CompiledFormula | null {
  const key = `${endpoint.id}:${endpoint.updatedAt.getTime()}:${fields.map((f) => `${f.id}=${f.name}:${f.type}`).join(',')}`;
  if (!compiled.has(key)) {
    if (compiled.size > 5_000) compiled.clear();
    try {
      compiled.set(key, compileFormula(endpoint.filterFormula!, { fields }));
    } catch {
      // A formula naming fields the table no longer has matches nothing, as in Airtable.
      compiled.set(key, null);
    }
  }
  return compiled.get(key)!;
}

/** True when an endpoint wants this event: its type, and every filter condition it sets. */
export function endpointMatches(endpoint: EndpointFilter, subject: FilterSubject): boolean {
  if (!endpoint.eventTypes.includes(subject.eventType)) return false;
  if (endpoint.filterBaseId && endpoint.filterBaseId !== subject.baseId) return false;
  if (endpoint.filterTableId && endpoint.filterTableId !== subject.tableId) return false;
  if (endpoint.filterFields.length > 0 && subject.eventType === 'record.updated') {
    const wanted = new Set(endpoint.filterFields);
    if (!subject.changedFields?.some((f) => wanted.has(f.id) || wanted.has(f.name))) return false;
  }
  if (endpoint.filterFormula) {
    // A formula is about a record: events without one (members, syncs) do not match it.
    if (!subject.record || !subject.fields) return false;
    const formula = compiledFor(endpoint, subject.fields);
    if (!formula || !matchesFilter(formula, subject.record)) return false;
  }
  return true;
}
