import {
  compileFormula,
  FormulaError,
  matchesFilter,
  type CompiledFormula,
} from '@pyairtable/formula';
import { createFieldComputer, type FullRecord } from '../fields/compute-fields.ts';
import { ApiError, invalidRequest } from '../http/api-error.ts';
import type { BaseSchema, FieldRow, Store, TableRow } from '../store.ts';
import { findField, findTable, findView } from './find-table.ts';
import { renderRecord } from './render-record.ts';
import { sortRecords } from './sort-records.ts';

export interface ListParams {
  pageSize?: unknown;
  limit?: unknown;
  maxRecords?: unknown;
  offset?: unknown;
  fields?: unknown;
  filterByFormula?: unknown;
  sort?: unknown;
  view?: unknown;
  cellFormat?: unknown;
  timeZone?: unknown;
  userLocale?: unknown;
  returnFieldsByFieldId?: unknown;
}

const MAX_PAGE_SIZE = 100;

function integer(
  value: unknown,
  name: string,
  min: number,
  max = Number.MAX_SAFE_INTEGER,
): number | undefined {
  if (value === undefined || value === '') return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max)
    throw invalidRequest(`Invalid ${name}: ${String(value)}`);
  return n;
}

function list(value: unknown): unknown[] {
  if (value === undefined) return [];
  if (Array.isArray(value)) return value;
  if (typeof value === 'object' && value !== null) return Object.values(value); // qs turns big arrays into objects
  return [value];
}

function truthy(value: unknown): boolean {
  return value === true || value === 'true' || value === '1';
}

// Offsets name a position in the result; Airtable's look like "itr…/rec…".
function encodeOffset(index: number, recordId: string): string {
  return `itr${index.toString(36).padStart(8, '0')}/${recordId}`;
}

function decodeOffset(value: unknown): number {
  const match =
    typeof value === 'string' ? /^itr([0-9a-z]{8})\/rec[A-Za-z0-9]{14}$/.exec(value) : null;
  if (!match?.[1])
    throw new ApiError(
      422,
      'INVALID_OFFSET_VALUE',
      `The value of offset ${String(value)} is invalid`,
    );
  return parseInt(match[1], 36);
}

function compileFilter(table: TableRow, source: string): CompiledFormula {
  try {
    return compileFormula(source, {
      fields: table.fields.map((f) => ({
        id: f.id,
        name: f.name,
        type: f.type,
        options: f.options ?? undefined,
      })),
    });
  } catch (error) {
    if (error instanceof FormulaError)
      throw new ApiError(422, 'INVALID_FILTER_BY_FORMULA', error.filterMessage);
    throw error;
  }
}

function parseSort(table: TableRow, value: unknown) {
  return list(value).map((entry) => {
    const s = entry as { field?: unknown; direction?: unknown };
    if (typeof s?.field !== 'string')
      throw invalidRequest('Invalid sort: each entry needs a field');
    const direction = s.direction === undefined ? 'asc' : s.direction;
    if (direction !== 'asc' && direction !== 'desc')
      throw new ApiError(
        422,
        'INVALID_SORT_DIRECTION',
        `Invalid sort direction: ${String(direction)}`,
      );
    return { field: findField(table, s.field), direction: direction as 'asc' | 'desc' };
  });
}

/** Filters the records of a table by formula, as filterByFormula does. */
export function filterRecords(
  table: TableRow,
  records: FullRecord[],
  source: string,
  now: Date,
): FullRecord[] {
  const formula = compileFilter(table, source);
  return records.filter((record) => {
    const fields: Record<string, unknown> = {};
    for (const field of table.fields) fields[field.name] = record.cells[field.id];
    return matchesFilter(
      formula,
      {
        id: record.id,
        createdTime: record.createdTime,
        lastModifiedTime: record.lastModifiedTime,
        fieldModifiedTimes: record.fieldModifiedTimes,
        fields,
      },
      { now },
    );
  });
}

/** Lists records as GET /v0/{base}/{table} and POST …/listRecords do. */
export async function listRecords(
  store: Store,
  schema: BaseSchema,
  tableIdOrName: string,
  params: ListParams,
  now: () => Date,
) {
  const table = findTable(schema, tableIdOrName);
  // `limit` is the deprecated name airtable.js's table.list() still sends.
  const pageSize =
    integer(params.pageSize ?? params.limit, 'page size', 1, MAX_PAGE_SIZE) ?? MAX_PAGE_SIZE;
  const maxRecords = integer(params.maxRecords, 'maxRecords', 0);
  const start =
    params.offset === undefined || params.offset === '' ? 0 : decodeOffset(params.offset);
  const fields: FieldRow[] | undefined =
    params.fields === undefined
      ? undefined
      : list(params.fields).map((f) => findField(table, String(f)));
  const sort = parseSort(table, params.sort);
  const view =
    typeof params.view === 'string' && params.view !== ''
      ? findView(table, params.view)
      : undefined;
  const cellFormat = params.cellFormat ?? 'json';
  if (cellFormat !== 'json' && cellFormat !== 'string')
    throw invalidRequest(`Invalid cellFormat: ${String(cellFormat)}`);
  if (
    cellFormat === 'string' &&
    (typeof params.timeZone !== 'string' || typeof params.userLocale !== 'string')
  ) {
    throw invalidRequest(
      'The "timeZone" and "userLocale" parameters are required when using "string" as "cellFormat".',
    );
  }

  const computer = createFieldComputer(store, schema, now);
  const rows = await store.listRecords(table.id);
  const formula = typeof params.filterByFormula === 'string' ? params.filterByFormula.trim() : '';
  const viewSort = (view?.sort ?? []).flatMap((s) => {
    const field = table.fields.find((f) => f.id === s.fieldId);
    return field ? [{ field, direction: s.direction }] : [];
  });
  const cap = (n: number) =>
    maxRecords !== undefined && maxRecords > 0 ? Math.min(maxRecords, n) : n;
  let total: number;
  let page: FullRecord[];
  if (!view?.filterFormula && !formula && sort.length === 0 && viewSort.length === 0) {
    // No filter or sort: only the page's records need their computed fields.
    total = cap(rows.length);
    page = await computer.compute(table, rows.slice(start, Math.min(start + pageSize, total)));
  } else {
    let records = await computer.compute(table, rows);
    if (view?.filterFormula) records = filterRecords(table, records, view.filterFormula, now());
    if (formula) records = filterRecords(table, records, formula, now());
    records = sortRecords(records, sort.length > 0 ? sort : viewSort);
    total = cap(records.length);
    page = records.slice(start, Math.min(start + pageSize, total));
  }
  const next =
    start + pageSize < total
      ? encodeOffset(start + pageSize, page[page.length - 1]!.id)
      : undefined;
  const stringFormat =
    cellFormat === 'string'
      ? {
          timeZone: String(params.timeZone),
          userLocale: String(params.userLocale),
          linkedNames: await linkedNames(computer, table, page),
        }
      : undefined;
  return {
    records: page.map((r) =>
      renderRecord(table, r, {
        fields,
        returnFieldsByFieldId: truthy(params.returnFieldsByFieldId),
        stringFormat,
      }),
    ),
    ...(next ? { offset: next } : {}),
  };
}

/** Primary-field text of every record the page links to, for cellFormat=string. */
async function linkedNames(
  computer: ReturnType<typeof createFieldComputer>,
  table: TableRow,
  page: FullRecord[],
) {
  const names = new Map<string, unknown>();
  for (const field of table.fields.filter((f) => f.type === 'multipleRecordLinks')) {
    const ids = [
      ...new Set(page.flatMap((r) => (r.cells[field.id] as string[] | undefined) ?? [])),
    ];
    for (const [id, name] of await computer.primaryValues(
      String(field.options?.linkedTableId),
      ids,
    ))
      names.set(id, name);
  }
  return names;
}
