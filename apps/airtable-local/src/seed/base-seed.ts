// The shape of seed data: a base described by names, loaded by the seeder into real tables.

import type { SupportedFieldType } from '../fields/field-types.ts';

/**
 * Field types a seed can use: those airtable-local supports (named as packages/airtable-api
 * names them), less `count`, which seeds write as a rollup of COUNTALL(values).
 */
export type FieldType = Exclude<SupportedFieldType, 'count'>;

/**
 * A field as seeds write it. Options follow Airtable's field options, except that links,
 * lookups and rollups name tables and fields instead of ids:
 * - multipleRecordLinks: { linkedTable: 'Companies', inverseField?: 'Deals' }
 * - multipleLookupValues: { linkField: 'Company', lookupField: 'Industry' }
 * - rollup: { linkField: 'Deals', rollupField: 'Amount', formula: 'SUM(values)' }
 * - formula: { formula: 'IF({Amount} > 10000, "Large", "Small")' }  (fields by name)
 * - singleSelect / multipleSelects: { choices: [{ name: 'Won', color: 'greenBright' }] }
 * - number / currency / percent: { precision: 2, symbol?: '$' }; rating: { max: 5, icon: 'star', color: 'yellowBright' }
 * - date: { dateFormat: { name: 'iso' } }; dateTime: { dateFormat: { name: 'iso' }, timeFormat: { name: '24hour' }, timeZone: 'utc' }
 * - checkbox: { icon: 'check', color: 'greenBright' }; duration: { durationFormat: 'h:mm' }
 */
export interface FieldSeed {
  name: string;
  type: FieldType;
  description?: string;
  options?: Record<string, unknown>;
}

/** A view: a named filter, sort and field visibility over a table. */
export interface ViewSeed {
  name: string;
  type?: 'grid';
  filterByFormula?: string;
  sort?: { field: string; direction?: 'asc' | 'desc' }[];
  /** Field names shown; all when omitted. */
  visibleFields?: string[];
}

/**
 * A record as seeds write it: cell values by field name. Link fields hold the `key`s of
 * records in the linked table. Computed fields (lookup, rollup, formula, createdTime,
 * lastModifiedTime, autoNumber) are never given.
 */
export interface RecordSeed {
  key?: string;
  createdTime?: string;
  fields: Record<string, unknown>;
}

export interface TableSeed {
  name: string;
  description?: string;
  /** The first field is the primary field. */
  fields: FieldSeed[];
  views?: ViewSeed[];
  records: RecordSeed[];
}

export interface BaseSeed {
  name: string;
  tables: TableSeed[];
}
