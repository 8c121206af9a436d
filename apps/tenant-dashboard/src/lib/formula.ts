// The filter builder's conditions, written as an Airtable formula for `filterByFormula`.
import { fieldKind, type FieldKind, type FieldLike } from './field-types.ts';

export type Operator =
  | 'contains'
  | 'notContains'
  | 'is'
  | 'isNot'
  | 'isEmpty'
  | 'isNotEmpty'
  | 'eq'
  | 'neq'
  | 'lt'
  | 'lte'
  | 'gt'
  | 'gte'
  | 'before'
  | 'after'
  | 'on'
  | 'hasAny'
  | 'hasNone'
  | 'checked'
  | 'unchecked';

export const OPERATOR_LABELS: Record<Operator, string> = {
  contains: 'contains',
  notContains: 'does not contain',
  is: 'is',
  isNot: 'is not',
  isEmpty: 'is empty',
  isNotEmpty: 'is not empty',
  eq: '=',
  neq: '≠',
  lt: '<',
  lte: '≤',
  gt: '>',
  gte: '≥',
  before: 'is before',
  after: 'is after',
  on: 'is on',
  hasAny: 'has',
  hasNone: 'does not have',
  checked: 'is checked',
  unchecked: 'is not checked',
};

/** Operators that need no value. */
export const UNARY: ReadonlySet<Operator> = new Set([
  'isEmpty',
  'isNotEmpty',
  'checked',
  'unchecked',
]);

const BY_KIND: Partial<Record<FieldKind, Operator[]>> = {
  number: ['eq', 'neq', 'lt', 'lte', 'gt', 'gte', 'isEmpty', 'isNotEmpty'],
  currency: ['eq', 'neq', 'lt', 'lte', 'gt', 'gte', 'isEmpty', 'isNotEmpty'],
  percent: ['eq', 'neq', 'lt', 'lte', 'gt', 'gte', 'isEmpty', 'isNotEmpty'],
  rating: ['eq', 'neq', 'lt', 'lte', 'gt', 'gte', 'isEmpty', 'isNotEmpty'],
  duration: ['eq', 'neq', 'lt', 'lte', 'gt', 'gte', 'isEmpty', 'isNotEmpty'],
  checkbox: ['checked', 'unchecked'],
  singleSelect: ['is', 'isNot', 'isEmpty', 'isNotEmpty'],
  multipleSelects: ['hasAny', 'hasNone', 'isEmpty', 'isNotEmpty'],
  date: ['on', 'before', 'after', 'isEmpty', 'isNotEmpty'],
  dateTime: ['on', 'before', 'after', 'isEmpty', 'isNotEmpty'],
  attachments: ['isEmpty', 'isNotEmpty'],
};
const TEXT_OPERATORS: Operator[] = [
  'contains',
  'notContains',
  'is',
  'isNot',
  'isEmpty',
  'isNotEmpty',
];

/** The operators that make sense for a field. */
export function operatorsFor(field: FieldLike): Operator[] {
  return BY_KIND[fieldKind(field)] ?? TEXT_OPERATORS;
}

export interface Condition {
  field: string;
  operator: Operator;
  value: string;
}

export interface FilterSpec {
  conjunction: 'AND' | 'OR';
  conditions: Condition[];
}

/** A formula string literal: single-quoted, with quotes, backslashes and line breaks escaped. */
export function quoteString(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
}

/** A field reference: `{Name}`, with `}` escaped. */
export function fieldRef(name: string): string {
  return `{${name.replace(/\\/g, '\\\\').replace(/}/g, '\\}')}}`;
}

/** Reads a number typed by a person ("1,200.5", "12 %"); percent fields take percents. */
export function parseNumberInput(text: string, kind: FieldKind): number | null {
  const cleaned = text.replace(/[\s,$€£¥%]/g, '');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned)) return null;
  const value = Number(cleaned);
  if (!Number.isFinite(value)) return null;
  return kind === 'percent' ? value / 100 : value;
}

/** Reads "h:mm" or "h:mm:ss" (or a plain number of minutes) as seconds. */
export function parseDurationInput(text: string): number | null {
  const trimmed = text.trim();
  const parts = /^(\d+):([0-5]\d)(?::([0-5]\d(?:\.\d+)?))?$/.exec(trimmed);
  if (parts) return Number(parts[1]) * 3600 + Number(parts[2]) * 60 + Number(parts[3] ?? 0);
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed) * 60;
  return null;
}

function asText(ref: string): string {
  return `LOWER(${ref} & '')`;
}

/** One condition as a formula, or an error in words when its value cannot be used. */
export function conditionFormula(
  condition: Condition,
  field: FieldLike & { name: string },
): { formula: string } | { error: string } {
  const ref = fieldRef(field.name);
  const kind = fieldKind(field);
  const raw = condition.value.trim();
  switch (condition.operator) {
    case 'isEmpty':
      return { formula: `LEN(${ref} & '') = 0` };
    case 'isNotEmpty':
      return { formula: `LEN(${ref} & '') > 0` };
    case 'checked':
      return { formula: ref };
    case 'unchecked':
      return { formula: `NOT(${ref})` };
  }
  if (!raw) return { error: `Enter a value for "${field.name}".` };
  switch (condition.operator) {
    case 'contains':
      return { formula: `FIND(${quoteString(raw.toLowerCase())}, ${asText(ref)}) > 0` };
    case 'notContains':
      return { formula: `FIND(${quoteString(raw.toLowerCase())}, ${asText(ref)}) = 0` };
    case 'is':
      return kind === 'singleSelect'
        ? { formula: `${ref} = ${quoteString(raw)}` }
        : { formula: `${asText(ref)} = ${quoteString(raw.toLowerCase())}` };
    case 'isNot':
      return kind === 'singleSelect'
        ? { formula: `${ref} != ${quoteString(raw)}` }
        : { formula: `${asText(ref)} != ${quoteString(raw.toLowerCase())}` };
    case 'hasAny':
    case 'hasNone': {
      // Whole options only: "Finance" must not match "Finance Ops".
      const test = `FIND(${quoteString(`, ${raw}, `)}, ', ' & ${ref} & ', ') > 0`;
      return { formula: condition.operator === 'hasAny' ? test : `NOT(${test})` };
    }
    case 'on':
    case 'before':
    case 'after': {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(raw) || Number.isNaN(Date.parse(raw)))
        return { error: `"${raw}" is not a date: use the date picker.` };
      const fn = { on: 'IS_SAME', before: 'IS_BEFORE', after: 'IS_AFTER' }[condition.operator];
      return {
        formula: `${fn}(${ref}, ${quoteString(raw)}${condition.operator === 'on' ? ", 'day'" : ''})`,
      };
    }
    default: {
      const value = kind === 'duration' ? parseDurationInput(raw) : parseNumberInput(raw, kind);
      if (value === null) return { error: `"${raw}" is not a number.` };
      const op = { eq: '=', neq: '!=', lt: '<', lte: '<=', gt: '>', gte: '>=' }[
        condition.operator as 'eq'
      ];
      return { formula: `${ref} ${op} ${value}` };
    }
  }
}

/**
 * The whole filter as one formula ('' for no conditions), or the first problem in words.
 * Conditions naming a field the table no longer has are reported, not dropped.
 */
export function filterFormula(
  spec: FilterSpec,
  fields: (FieldLike & { name: string; id: string })[],
): { formula: string } | { error: string } {
  const parts: string[] = [];
  for (const condition of spec.conditions) {
    const field = fields.find((f) => f.id === condition.field || f.name === condition.field);
    if (!field) return { error: `The field "${condition.field}" no longer exists.` };
    const part = conditionFormula(condition, field);
    if ('error' in part) return part;
    parts.push(part.formula);
  }
  if (parts.length === 0) return { formula: '' };
  if (parts.length === 1) return { formula: parts[0]! };
  return { formula: `${spec.conjunction}(${parts.join(', ')})` };
}

/** A filter that keeps only the given record ids (for looking records up by id). */
export function recordIdsFormula(ids: string[]): string {
  const tests = ids.map((id) => `RECORD_ID() = ${quoteString(id)}`);
  return tests.length === 1 ? tests[0]! : `OR(${tests.join(', ')})`;
}
