import { newId } from '../ids.ts';
import { createField } from '../meta/schema-api.ts';
import { normalizeCell } from '../fields/normalize-cell.ts';
import type { BaseSchema, Store, TableRow } from '../store.ts';
import type { BaseSeed, FieldSeed, TableSeed } from './base-seed.ts';

const DERIVED = new Set(['multipleLookupValues', 'rollup', 'formula']);
const CHUNK = 1000;

/** Creates a base from a seed, reporting progress; returns the base id. */
export async function loadSeed(
  store: Store,
  seed: BaseSeed,
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<string> {
  const baseId = newId('app');
  const total = seed.tables.reduce((n, t) => n + t.records.length, 0);
  await store.transaction(async (client) => {
    await store.insertBase(client, baseId, seed.name);
    const schema: BaseSchema = { id: baseId, name: seed.name, tables: [] };
    const byName = new Map<string, TableRow>();
    for (const t of seed.tables) {
      const table: TableRow = {
        id: newId('tbl'),
        baseId,
        name: t.name,
        description: t.description ?? null,
        primaryFieldId: '',
        fields: [],
        views: [],
      };
      await store.insertTable(client, { ...table, primaryFieldId: 'pending' });
      schema.tables.push(table);
      byName.set(t.name, table);
    }
    const tableOf = (name: string) => {
      const table = byName.get(name);
      if (!table) throw new Error(`Seed refers to unknown table "${name}"`);
      return table;
    };
    const fieldId = (table: TableRow, name: string) => {
      const field = table.fields.find((f) => f.name === name);
      if (!field) throw new Error(`Seed refers to unknown field "${name}" of ${table.name}`);
      return field.id;
    };

    // Plain fields first, then links (pairing inverses), then fields derived from links.
    const pass = async (
      filter: (f: FieldSeed) => boolean,
      options: (t: TableSeed, f: FieldSeed, table: TableRow) => Record<string, unknown> | undefined,
    ) => {
      for (const t of seed.tables) {
        const table = tableOf(t.name);
        for (const f of t.fields.filter(filter)) {
          if (table.fields.some((x) => x.name === f.name)) continue;
          await createField(store, client, schema, table, {
            name: f.name,
            type: f.type,
            description: f.description,
            options: options(t, f, table),
          });
        }
      }
    };
    await pass(
      (f) => f.type !== 'multipleRecordLinks' && !DERIVED.has(f.type),
      (_t, f) => f.options,
    );
    // Links come in pairs: creating one side creates its inverse, named as the seed names it.
    for (const t of seed.tables) {
      const table = tableOf(t.name);
      for (const f of t.fields.filter((x) => x.type === 'multipleRecordLinks')) {
        if (table.fields.some((x) => x.name === f.name)) continue;
        const linked = tableOf(String(f.options?.linkedTable));
        const created = await createField(store, client, schema, table, {
          name: f.name,
          type: f.type,
          description: f.description,
          options: { linkedTableId: linked.id },
        });
        const inverse = linked.fields.find((x) => x.id === created.options?.inverseLinkFieldId);
        const wanted = f.options?.inverseField;
        if (
          inverse &&
          typeof wanted === 'string' &&
          !linked.fields.some((x) => x.name === wanted)
        ) {
          await store.updateField(client, inverse.id, { name: wanted });
          inverse.name = wanted;
        }
      }
    }
    await pass(
      (f) => DERIVED.has(f.type),
      (_t, f, table) => {
        if (f.type === 'formula') return { formula: f.options?.formula };
        const link = table.fields.find((x) => x.name === f.options?.linkField);
        const linked = schema.tables.find((x) => x.id === link?.options?.linkedTableId);
        if (!link || !linked)
          throw new Error(
            `Seed field ${f.name}: unknown link field ${String(f.options?.linkField)}`,
          );
        const target = String(f.options?.lookupField ?? f.options?.rollupField);
        return {
          recordLinkFieldId: link.id,
          fieldIdInLinkedTable: fieldId(linked, target),
          ...(f.type === 'rollup' ? { formula: f.options?.formula ?? 'ARRAYJOIN(values)' } : {}),
        };
      },
    );
    for (const t of seed.tables) {
      const table = tableOf(t.name);
      table.primaryFieldId = fieldId(table, t.fields[0]!.name);
      await client.query('UPDATE "table" SET primary_field_id = $2 WHERE id = $1', [
        table.id,
        table.primaryFieldId,
      ]);
      for (const v of t.views ?? [{ name: 'Grid view' }]) {
        await store.insertView(client, {
          id: newId('viw'),
          tableId: table.id,
          name: v.name,
          type: v.type ?? 'grid',
          filterFormula: v.filterByFormula ?? null,
          sort: (v.sort ?? []).map((s) => ({
            fieldId: fieldId(table, s.field),
            direction: s.direction ?? 'asc',
          })),
          visibleFieldIds: v.visibleFields?.map((name) => fieldId(table, name)) ?? null,
        });
      }
    }

    // Records: ids first, so link cells can name records of any table.
    const ids = new Map<string, string>();
    for (const t of seed.tables)
      for (const [i, r] of t.records.entries())
        ids.set(`${t.name}\u0000${r.key ?? i}`, newId('rec'));
    let done = 0;
    for (const t of seed.tables) {
      const table = tableOf(t.name);
      const fieldsByName = new Map(table.fields.map((f) => [f.name, f]));
      const rows = t.records.map((r, i) => {
        const cells: Record<string, unknown> = {};
        for (const [name, value] of Object.entries(r.fields)) {
          const field = fieldsByName.get(name);
          if (!field) throw new Error(`Seed record of ${t.name} has unknown field "${name}"`);
          if (field.type === 'multipleRecordLinks') {
            const linked = schema.tables.find((x) => x.id === field.options?.linkedTableId)!;
            cells[field.id] = (value as string[]).map((key) => {
              const id = ids.get(`${linked.name}\u0000${key}`);
              if (!id)
                throw new Error(
                  `Seed link ${t.name}.${name} names unknown ${linked.name} record "${key}"`,
                );
              return id;
            });
          } else {
            const normalized = normalizeCell(field, value, {
              typecast: false,
              addChoice: () => undefined,
            });
            if (normalized !== null) cells[field.id] = normalized;
          }
        }
        return {
          id: ids.get(`${t.name}\u0000${r.key ?? i}`)!,
          cells,
          createdTime: new Date(r.createdTime ?? Date.now()),
        };
      });
      for (let i = 0; i < rows.length; i += CHUNK) {
        await store.insertRecords(client, table.id, rows.slice(i, i + CHUNK));
        done += Math.min(CHUNK, rows.length - i);
        onProgress(done, total);
      }
    }
  });
  return baseId;
}
