import type { FieldNode } from './ast.ts';
import { parseDateLenient } from './dates/parse-lenient.ts';
import { richTextToPlain } from './rich-text.ts';
import type { Evaluator } from './runtime.ts';
import { errorValue, type FormulaValue } from './values.ts';

const DATE_TYPES = new Set(['date', 'dateTime', 'createdTime', 'lastModifiedTime']);
const NUMBER_TYPES = new Set([
  'number',
  'currency',
  'percent',
  'rating',
  'duration',
  'autoNumber',
  'count',
]);

type Convert = (raw: unknown) => FormulaValue;

/** Builds the closure that reads one field of a record and converts the cell to a formula value. */
export function createFieldReader(node: FieldNode): Evaluator {
  const name = node.field?.name ?? node.name;
  const id = node.field?.id;
  const convert = converterFor(node);
  // The API leaves an unchecked checkbox out of `fields`; to a formula it is FALSE(), so
  // `{Done} & ""` is "0" and `{Done} = "0"` holds, exactly as for a cell that says false.
  const empty: FormulaValue = node.field?.type === 'checkbox' ? false : null;
  return (ctx) => {
    const fields = ctx.record.fields;
    // hasOwn: a field named "constructor" must not read Object.prototype.
    let raw = Object.hasOwn(fields, name) ? fields[name] : undefined;
    if (raw === undefined && id !== undefined && Object.hasOwn(fields, id)) raw = fields[id];
    return raw === undefined || raw === null ? empty : convert(raw);
  };
}

function converterFor(node: FieldNode): Convert {
  const type = node.field?.type;
  if (type === undefined) return fromCell;
  // Computed fields (formula, rollup, lookup) say what they hold in options.result.type.
  const options = node.field?.options as { result?: { type?: unknown } } | undefined;
  const resultType = options?.result?.type;
  const effective = typeof resultType === 'string' ? resultType : type;
  if (DATE_TYPES.has(effective)) return (raw) => mapCell(raw, toDateCell);
  if (NUMBER_TYPES.has(effective)) return (raw) => mapCell(raw, toNumberCell);
  if (effective === 'richText') return (raw) => mapCell(raw, toPlainTextCell);
  return fromCell;
}

// Formulas see a rich text cell's text without its Markdown.
function toPlainTextCell(raw: unknown): FormulaValue {
  return typeof raw === 'string' ? richTextToPlain(raw) : fromCell(raw);
}

function mapCell(raw: unknown, convert: Convert): FormulaValue {
  return Array.isArray(raw) ? raw.map((item) => mapCell(item, convert)) : convert(raw);
}

function toDateCell(raw: unknown): FormulaValue {
  if (raw instanceof Date) return raw;
  if (typeof raw !== 'string') return fromCell(raw);
  if (raw === '') return null;
  const time = parseDateLenient(raw);
  return Number.isNaN(time) ? errorValue(`"${raw}" is not a date`) : new Date(time);
}

function toNumberCell(raw: unknown): FormulaValue {
  if (typeof raw === 'string' && raw.trim() !== '' && Number.isFinite(Number(raw)))
    return Number(raw);
  return fromCell(raw);
}

/**
 * Converts an API cell value: scalars pass, arrays map item by item, and objects become the
 * text Airtable shows for them (collaborator and linked-record names, "file (url)" for
 * attachments, barcode text, button labels).
 */
export function fromCell(raw: unknown): FormulaValue {
  if (raw === undefined || raw === null) return null;
  if (typeof raw === 'string' || typeof raw === 'boolean' || raw instanceof Date) return raw;
  if (typeof raw === 'number') return Number.isNaN(raw) ? null : raw;
  if (Array.isArray(raw)) return raw.map(fromCell);
  if (typeof raw === 'object') {
    const cell = raw as Record<string, unknown>;
    if (typeof cell.filename === 'string' && typeof cell.url === 'string') {
      return `${cell.filename} (${cell.url})`;
    }
    for (const key of ['name', 'text', 'label', 'value', 'email', 'id']) {
      const value = cell[key];
      if (typeof value === 'string') return value;
    }
  }
  return null;
}
