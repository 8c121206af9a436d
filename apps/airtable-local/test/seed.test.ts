import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BaseSeed, FieldSeed, FieldType, TableSeed } from '../src/seed/base-seed.ts';
import { DEMO_CRM_TODAY, demoCrmBase } from '../src/seed/demo-crm.ts';
import { largeBase } from '../src/seed/large-base.ts';

// Every FieldType exactly once: the compiler rejects a missing or an unknown key.
const FIELD_TYPES: Record<FieldType, true> = {
  singleLineText: true,
  multilineText: true,
  richText: true,
  email: true,
  url: true,
  phoneNumber: true,
  number: true,
  currency: true,
  percent: true,
  rating: true,
  duration: true,
  checkbox: true,
  singleSelect: true,
  multipleSelects: true,
  date: true,
  dateTime: true,
  multipleRecordLinks: true,
  multipleLookupValues: true,
  rollup: true,
  formula: true,
  multipleAttachments: true,
  createdTime: true,
  lastModifiedTime: true,
  autoNumber: true,
  singleCollaborator: true,
  multipleCollaborators: true,
  barcode: true,
};
const COMPUTED_TYPES = new Set<string>([
  'multipleLookupValues',
  'rollup',
  'formula',
  'createdTime',
  'lastModifiedTime',
  'autoNumber',
]);

const demo = demoCrmBase();
const bases: [string, BaseSeed][] = [
  ['Demo CRM', demo],
  ['Large Base', largeBase({ records: 1_000 })],
];

function table(base: BaseSeed, name: string): TableSeed {
  const found = base.tables.find((t) => t.name === name);
  if (!found) throw new Error(`No table ${name}`);
  return found;
}

function field(t: TableSeed, name: string): FieldSeed {
  const found = t.fields.find((f) => f.name === name);
  if (!found) throw new Error(`No field ${t.name}.${name}`);
  return found;
}

function recordsByKey(t: TableSeed): Map<string, Record<string, unknown>> {
  return new Map(t.records.map((r) => [r.key ?? '', r.fields]));
}

function linkFields(t: TableSeed): FieldSeed[] {
  return t.fields.filter((f) => f.type === 'multipleRecordLinks');
}

function linkedKeys(value: unknown): string[] {
  return value === undefined ? [] : (value as string[]);
}

function fieldReferences(formula: string): string[] {
  return [...formula.matchAll(/\{([^}]*)\}/g)].map((m) => m[1] ?? '');
}

describe('demoCrmBase', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('builds the same base on every call', () => {
    expect(demoCrmBase()).toStrictEqual(demo);
  });

  it('does not depend on the wall clock', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2020-02-29T23:59:00Z'));
    const before = demoCrmBase();
    vi.setSystemTime(new Date('2031-07-01T12:00:00Z'));

    expect(demoCrmBase()).toStrictEqual(before);
  });

  it('spreads dates around the day it is given, so a fresh demo has deals closing this month', () => {
    const deals = (today: string) =>
      demoCrmBase({ today }).tables.find((t) => t.name === 'Deals')!.records;
    const open = deals('2026-11-01').filter((r) => !/^Closed/.test(String(r.fields.Stage)));
    const november = open.filter((r) => String(r.fields['Close Date']).startsWith('2026-11'));
    expect(november.length).toBeGreaterThan(10);
    expect(november.some((r) => Number(r.fields.Amount) > 50_000)).toBe(true);
    // The default day keeps every test's data fixed.
    expect(deals(DEMO_CRM_TODAY)).toStrictEqual(
      demo.tables.find((t) => t.name === 'Deals')!.records,
    );
  });

  it('has companies, contacts, deals and activities with at least 1,400 records', () => {
    expect(demo.name).toBe('Demo CRM');
    expect(demo.tables.map((t) => t.name)).toEqual([
      'Companies',
      'Contacts',
      'Deals',
      'Activities',
    ]);
    const counts = demo.tables.map((t) => t.records.length);
    expect(counts.every((n) => n >= 100)).toBe(true);
    expect(counts.reduce((a, b) => a + b)).toBeGreaterThanOrEqual(1_400);
  });

  it('gives every record a key that is unique in its table', () => {
    for (const t of demo.tables) {
      const keys = t.records.map((r) => r.key);
      expect(keys.every((k) => typeof k === 'string' && k !== '')).toBe(true);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('links only to keys that exist in the linked table', () => {
    for (const t of demo.tables) {
      for (const f of linkFields(t)) {
        const target = recordsByKey(table(demo, String(f.options?.linkedTable)));
        for (const r of t.records) {
          const value = r.fields[f.name];
          if (value === undefined) continue;
          expect(Array.isArray(value) && value.length > 0, `${t.name}.${f.name}`).toBe(true);
          for (const key of linkedKeys(value)) expect(target.has(key), key).toBe(true);
          if (f.options?.prefersSingleRecordLink === true)
            expect(linkedKeys(value)).toHaveLength(1);
        }
      }
    }
  });

  it('keeps both sides of every link consistent', () => {
    let pairs = 0;
    for (const t of demo.tables) {
      for (const f of linkFields(t)) {
        const other = table(demo, String(f.options?.linkedTable));
        const inverse = field(other, String(f.options?.inverseField));
        expect(inverse.options).toMatchObject({ linkedTable: t.name, inverseField: f.name });
        const otherRecords = recordsByKey(other);
        for (const r of t.records) {
          for (const key of linkedKeys(r.fields[f.name])) {
            expect(linkedKeys(otherRecords.get(key)?.[inverse.name])).toContain(r.key);
            pairs++;
          }
        }
      }
    }
    expect(pairs).toBeGreaterThan(1_000);
  });

  it('links deals only to contacts of the same company', () => {
    const contacts = recordsByKey(table(demo, 'Contacts'));
    for (const deal of table(demo, 'Deals').records) {
      for (const key of linkedKeys(deal.fields.Contacts)) {
        expect(contacts.get(key)?.Company).toEqual(deal.fields.Company);
      }
    }
  });

  it('leaves some but not most optional cells blank', () => {
    const blankShare = (t: TableSeed, name: string) =>
      t.records.filter((r) => r.fields[name] === undefined).length / t.records.length;

    for (const [tableName, fieldName] of [
      ['Companies', 'Notes'],
      ['Contacts', 'Phone'],
      ['Activities', 'Notes'],
    ] as const) {
      const share = blankShare(table(demo, tableName), fieldName);
      expect(share, `${tableName}.${fieldName}`).toBeGreaterThan(0.05);
      expect(share, `${tableName}.${fieldName}`).toBeLessThan(0.4);
    }
  });

  it('assigns owners from a fixed team of collaborators', () => {
    const owners = new Map<string, unknown>();
    for (const name of ['Contacts', 'Deals']) {
      for (const r of table(demo, name).records) {
        const owner = r.fields.Owner as { id: string; email: string; name: string };
        expect(owner.id).toMatch(/^usr[A-Za-z0-9]{14}$/);
        owners.set(owner.id, owner);
      }
    }
    expect(owners.size).toBe(5);
  });
});

describe.each(bases)('%s', (_name, base) => {
  it('uses only field types airtable-local supports', () => {
    for (const t of base.tables) {
      for (const f of t.fields) expect(Object.hasOwn(FIELD_TYPES, f.type), f.type).toBe(true);
    }
  });

  it('writes only fields the table defines', () => {
    for (const t of base.tables) {
      const names = new Set(t.fields.map((f) => f.name));
      expect(names.size).toBe(t.fields.length);
      for (const r of t.records) {
        for (const name of Object.keys(r.fields)) expect(names.has(name), name).toBe(true);
      }
    }
  });

  it('never gives a computed field a value', () => {
    for (const t of base.tables) {
      const computed = t.fields.filter((f) => COMPUTED_TYPES.has(f.type)).map((f) => f.name);
      expect(computed.length).toBeGreaterThan(0);
      for (const r of t.records) {
        for (const name of computed) expect(r.fields[name], name).toBeUndefined();
      }
    }
  });

  it('uses only choices a select field defines', () => {
    for (const t of base.tables) {
      for (const f of t.fields.filter(
        (x) => x.type === 'singleSelect' || x.type === 'multipleSelects',
      )) {
        const choices = new Set(
          (f.options?.choices as { name: string }[]).map((choice) => choice.name),
        );
        for (const r of t.records) {
          const value = r.fields[f.name];
          if (value === undefined) continue;
          const values = f.type === 'multipleSelects' ? (value as unknown[]) : [value];
          for (const v of values)
            expect(choices.has(v as string), `${f.name}: ${String(v)}`).toBe(true);
        }
      }
    }
  });

  it('names only existing fields in views and formulas', () => {
    for (const t of base.tables) {
      const names = new Set(t.fields.map((f) => f.name));
      const views = t.views ?? [];
      expect(views.some((v) => v.filterByFormula === undefined && v.sort === undefined)).toBe(true);
      for (const v of views) {
        const referenced = [
          ...(v.sort ?? []).map((s) => s.field),
          ...(v.visibleFields ?? []),
          ...fieldReferences(v.filterByFormula ?? ''),
        ];
        for (const name of referenced) expect(names.has(name), `${v.name}: ${name}`).toBe(true);
      }
      for (const f of t.fields.filter((x) => x.type === 'formula')) {
        const refs = fieldReferences(String(f.options?.formula));
        expect(refs.length).toBeGreaterThan(0);
        for (const name of refs) expect(names.has(name), `${f.name}: ${name}`).toBe(true);
      }
    }
  });
});

describe('largeBase', () => {
  it.each([1_000, 100_000])('yields exactly %i records', (records) => {
    const base = largeBase({ records });

    expect(base.tables).toHaveLength(1);
    expect(base.tables[0]?.name).toBe('Items');
    expect(base.tables[0]?.records).toHaveLength(records);
  });

  it('gives the same records for the same seed, a smaller base being a prefix of a larger one', () => {
    const small = largeBase({ records: 1_000, seed: 7 }).tables[0]?.records;
    const large = largeBase({ records: 100_000, seed: 7 }).tables[0]?.records;

    expect(large?.[0]).toStrictEqual(small?.[0]);
    expect(large?.slice(0, 1_000)).toStrictEqual(small);
  });

  it('gives different records for a different seed', () => {
    const one = largeBase({ records: 10, seed: 1 }).tables[0]?.records;
    const two = largeBase({ records: 10, seed: 2 }).tables[0]?.records;

    expect(one).not.toStrictEqual(two);
  });

  it('refuses a record count that is negative or not a whole number', () => {
    expect(() => largeBase({ records: -1 })).toThrow(RangeError);
    expect(() => largeBase({ records: 1.5 })).toThrow(RangeError);
  });
});
