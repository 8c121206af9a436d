import { badUserInput } from '@pyairtable/subgraph-kit';
import type { ListRecordsInput } from '../domain/list-records.ts';
import { decodeCursor } from '../mirror/query-records.ts';

// Airtable's list records answers at most 100 records a page.
export const MAX_PAGE_SIZE = 100;

/** A query or body parameter that may come as one value, an array, or an indexed object. */
export function list(value: unknown): unknown[] {
  if (value === undefined) return [];
  if (Array.isArray(value)) return value;
  if (typeof value === 'object' && value !== null) return Object.values(value);
  return [value];
}

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/**
 * Airtable's list-records parameters (query string or listRecords body) as a records query,
 * plus what the answer needs to page like Airtable: the start, maxRecords, ids or names.
 */
export function parseListParams(
  baseId: string,
  tableId: string,
  params: Record<string, unknown>,
): { input: ListRecordsInput; start: number; maxRecords?: number; byId: boolean } {
  const pageSize = Math.min(Number(params.pageSize ?? MAX_PAGE_SIZE), MAX_PAGE_SIZE);
  if (!Number.isInteger(pageSize) || pageSize < 1)
    throw badUserInput('Invalid page size', 'pageSize');
  const maxRecords = params.maxRecords === undefined ? undefined : Number(params.maxRecords);
  const offset = text(params.offset) || undefined;
  const start = offset ? decodeCursor(offset) : 0;
  const limited = maxRecords !== undefined && maxRecords > 0;
  return {
    input: {
      baseId,
      tableId,
      filterByFormula: text(params.filterByFormula),
      sort: list(params.sort).map((s) => {
        const entry = s as { field?: string; direction?: string };
        return {
          field: String(entry.field),
          direction: entry.direction === 'desc' ? ('DESC' as const) : ('ASC' as const),
        };
      }),
      view: text(params.view),
      fields: params.fields === undefined ? undefined : list(params.fields).map(String),
      first: limited ? Math.min(pageSize, Math.max(0, maxRecords - start)) : pageSize,
      after: offset,
    },
    start,
    maxRecords: limited ? maxRecords : undefined,
    byId: params.returnFieldsByFieldId === true || params.returnFieldsByFieldId === 'true',
  };
}
