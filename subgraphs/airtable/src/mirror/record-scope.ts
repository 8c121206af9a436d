import { compileFormula, FormulaError, isTruthy, type CompiledFormula } from '@pyairtable/formula';
import { forbidden } from '@pyairtable/subgraph-kit';
import { LRUCache } from 'lru-cache';
import type { MirrorField, RecordRow } from '../db.ts';

/**
 * What of a table one caller's reads and writes cover: the fields they may see, those they
 * may not change, and the row rule that decides which records exist for them.
 */
export interface RecordScope {
  /** Filters, sorts, searches and answers use only these. */
  fields: MirrorField[];
  /** Every field of the table: a row rule may read fields the caller cannot see. */
  allFields: MirrorField[];
  readOnlyFieldIds: ReadonlySet<string>;
  rowRule: string | null;
  currentUser: { id: string; email: string | null };
  /** Equal for callers who see the same (part of every shared cache key). */
  fingerprint: string;
}

/** A scope that sees the whole table (the platform's own work: sync, the writer). */
export function wholeTable(fields: MirrorField[]): RecordScope {
  return {
    fields,
    allFields: fields,
    readOnlyFieldIds: new Set(),
    rowRule: null,
    currentUser: { id: '', email: null },
    fingerprint: 'whole-table',
  };
}

const rules = new LRUCache<string, CompiledFormula>({ max: 500 });

/** The compiled row rule of a scope, or null without one. */
function compiledRule(scope: RecordScope): CompiledFormula | null {
  if (!scope.rowRule) return null;
  const signature = scope.allFields.map((f) => `${f.id}:${f.name}:${f.type}`).join('|');
  const key = `${signature}\u0000${scope.rowRule}`;
  let rule = rules.get(key);
  if (!rule) {
    try {
      rule = compileFormula(scope.rowRule, {
        fields: scope.allFields.map((f) => ({ ...f, options: f.options ?? undefined })),
        callerFunctions: true,
      });
    } catch (error) {
      // A rule that no longer compiles (a field it names was deleted) shows nothing.
      if (error instanceof FormulaError) return compileFormula('FALSE()');
      throw error;
    }
    rules.set(key, rule);
  }
  return rule;
}

/** A test for "does this record exist for the caller", or null when every record does. */
export function rowFilter(
  scope: RecordScope,
  now: Date,
): ((record: Pick<RecordRow, 'id' | 'createdTime' | 'cells'>) => boolean) | null {
  const rule = compiledRule(scope);
  if (!rule) return null;
  const context = { now, currentUser: scope.currentUser };
  return (record) =>
    isTruthy(
      rule.evaluate(
        { id: record.id, createdTime: record.createdTime, fields: record.cells },
        context,
      ),
    );
}

/** Refuses a write that names a field the caller may see but not change. */
export function assertWritable(scope: RecordScope, fieldIds: Iterable<string>): void {
  for (const id of fieldIds) {
    if (scope.readOnlyFieldIds.has(id)) {
      const name = scope.fields.find((f) => f.id === id)?.name ?? id;
      throw forbidden(`Field "${name}" is read-only for you.`);
    }
  }
}
