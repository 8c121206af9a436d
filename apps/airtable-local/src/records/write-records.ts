import type pg from 'pg';
import { newId, isId } from '../ids.ts';
import { createFieldComputer } from '../fields/compute-fields.ts';
import { COMPUTED_TYPES } from '../fields/field-types.ts';
import { normalizeCell, type Choice } from '../fields/normalize-cell.ts';
import { ApiError, invalidRecords, invalidRequest } from '../http/api-error.ts';
import type { BaseSchema, FieldRow, RecordRow, Store, TableRow } from '../store.ts';
import { findField, findTable } from './find-table.ts';
import { ChangeSet, changedFieldIds } from './record-changes.ts';
import { renderRecord } from './render-record.ts';

/** Airtable takes at most 10 records per write request. */
export const MAX_RECORDS_PER_REQUEST = 10;

export interface WriteDeps {
  store: Store;
  now: () => Date;
  /** Called inside the transaction with what changed (webhook payloads). */
  onChanges: (
    client: pg.PoolClient,
    baseId: string,
    transactionNumber: number,
    changes: ChangeSet,
  ) => Promise<void>;
}

interface WriteOptions {
  typecast: boolean;
  returnFieldsByFieldId: boolean;
}

// Airtable answers INVALID_RECORDS (there is no TOO_MANY_RECORDS type) when a write names more than 10.
function tooMany(count: number, verb: 'created' | 'updated' | 'deleted') {
  return invalidRecords(
    `A maximum of ${MAX_RECORDS_PER_REQUEST} records can be ${verb} per request but you have provided ${count}.`,
  );
}

const rowDoesNotExist = (id: string) =>
  new ApiError(422, 'ROW_DOES_NOT_EXIST', `Record ID ${id} does not exist in this table`);

function fieldsObject(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw invalidRecords('Each record needs a "fields" object');
  return value as Record<string, unknown>;
}

/** Everything one write transaction needs. */
class Writer {
  readonly changes = new ChangeSet();
  private readonly choices = new Map<string, Choice[]>();

  constructor(
    readonly deps: WriteDeps,
    readonly client: pg.PoolClient,
    readonly schema: BaseSchema,
    readonly options: WriteOptions,
  ) {}

  /** Validated cells by field id from API fields (by name or id). */
  async cells(table: TableRow, fields: Record<string, unknown>): Promise<Record<string, unknown>> {
    const cells: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(fields)) {
      const field = findField(table, key);
      const normalized = normalizeCell(field, value, {
        typecast: this.options.typecast,
        addChoice: (f, name) => this.addChoice(f, name),
      });
      cells[field.id] =
        field.type === 'multipleRecordLinks' && normalized
          ? await this.resolveLinks(field, normalized as string[])
          : normalized;
    }
    return cells;
  }

  private addChoice(field: FieldRow, name: string): void {
    const choices = this.choices.get(field.id) ?? [
      ...((field.options?.choices as Choice[] | undefined) ?? []),
    ];
    if (!choices.some((c) => c.name === name)) choices.push({ id: newId('sel'), name });
    this.choices.set(field.id, choices);
    field.options = { ...(field.options ?? {}), choices };
  }

  /** Checks linked record ids; with typecast, text names a record by its primary field (created if missing). */
  private async resolveLinks(field: FieldRow, values: string[]): Promise<string[]> {
    const linkedTable = this.schema.tables.find((t) => t.id === field.options?.linkedTableId);
    if (!linkedTable) throw invalidRequest(`Link field "${field.name}" has no linked table`);
    const ids = values.filter((v) => isId(v, 'rec'));
    const found = new Set(
      (await this.deps.store.findRecords(ids, this.client))
        .filter((r) => r.tableId === linkedTable.id)
        .map((r) => r.id),
    );
    const resolved: string[] = [];
    for (const value of values) {
      if (found.has(value)) resolved.push(value);
      else if (this.options.typecast && !isId(value, 'rec'))
        resolved.push(await this.linkByName(linkedTable, value));
      else
        throw new ApiError(
          422,
          'ROW_DOES_NOT_EXIST',
          `Record ID ${value} does not exist in table ${linkedTable.name}`,
        );
    }
    return [...new Set(resolved)];
  }

  private async linkByName(table: TableRow, name: string): Promise<string> {
    const rows = await this.deps.store.listRecords(table.id, this.client);
    const match = rows.find((r) => r.cells[table.primaryFieldId] === name);
    if (match) return match.id;
    const [created] = await this.insert(table, [{ [table.primaryFieldId]: name }]);
    return created!.id;
  }

  async insert(table: TableRow, cellsList: Record<string, unknown>[]): Promise<RecordRow[]> {
    const now = this.deps.now();
    const rows = cellsList.map((cells) => ({
      id: newId('rec'),
      cells: compact(cells),
      createdTime: now,
    }));
    await this.deps.store.insertRecords(this.client, table.id, rows);
    for (const row of rows) {
      this.changes.created(table.id, row.id, row.createdTime, row.cells);
      await this.syncInverseLinks(table, row.id, {}, row.cells);
    }
    const inserted = await this.deps.store.findRecords(
      rows.map((r) => r.id),
      this.client,
    );
    // In the order they were given, as Airtable answers.
    return rows.map((r) => inserted.find((x) => x.id === r.id)!);
  }

  async update(
    table: TableRow,
    row: RecordRow,
    cells: Record<string, unknown>,
    replace: boolean,
  ): Promise<void> {
    const stored = table.fields.filter((f) => !COMPUTED_TYPES.has(f.type));
    const next = replace
      ? Object.fromEntries(stored.map((f) => [f.id, cells[f.id] ?? null]))
      : { ...row.cells, ...cells };
    const after = compact(next);
    const changed = changedFieldIds(row.cells, after);
    // A write that changes nothing modifies nothing, for LAST_MODIFIED_TIME as for webhooks.
    if (changed.length === 0) return;
    this.changes.changed(table.id, row.id, row.cells, after);
    await this.deps.store.updateRecordCells(this.client, row.id, after, this.deps.now(), changed);
    await this.syncInverseLinks(table, row.id, row.cells, after);
  }

  async destroy(table: TableRow, rows: RecordRow[]): Promise<void> {
    for (const row of rows) {
      await this.syncInverseLinks(table, row.id, row.cells, {});
      this.changes.destroyed(table.id, row.id);
    }
    await this.deps.store.deleteRecords(
      this.client,
      rows.map((r) => r.id),
    );
  }

  /** Keeps the other side of two-way links in step with this record's links. */
  private async syncInverseLinks(
    table: TableRow,
    recordId: string,
    before: Record<string, unknown>,
    after: Record<string, unknown>,
  ) {
    for (const field of table.fields) {
      const inverseId = field.options?.inverseLinkFieldId as string | undefined;
      if (field.type !== 'multipleRecordLinks' || !inverseId) continue;
      const old = new Set((before[field.id] as string[] | undefined) ?? []);
      const now = new Set((after[field.id] as string[] | undefined) ?? []);
      const touched = [...new Set([...old, ...now])].filter((id) => old.has(id) !== now.has(id));
      if (touched.length === 0) continue;
      const linkedTableId = String(field.options?.linkedTableId);
      for (const target of await this.deps.store.findRecords(touched, this.client)) {
        const links = new Set((target.cells[inverseId] as string[] | undefined) ?? []);
        if (now.has(target.id)) links.add(recordId);
        else links.delete(recordId);
        const cells = compact({ ...target.cells, [inverseId]: [...links] });
        this.changes.changed(linkedTableId, target.id, target.cells, cells);
        // Adding or removing a link modifies the linked record's link field too.
        await this.deps.store.updateRecordCells(this.client, target.id, cells, this.deps.now(), [
          inverseId,
        ]);
      }
    }
  }

  async saveChoices(): Promise<void> {
    for (const [fieldId, choices] of this.choices) {
      const field = this.schema.tables.flatMap((t) => t.fields).find((f) => f.id === fieldId)!;
      await this.deps.store.updateField(this.client, fieldId, {
        options: { ...(field.options ?? {}), choices },
      });
    }
  }
}

/** Drops empty cells, so stored records look like Airtable's (no nulls). */
function compact(cells: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(cells).filter(
      ([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0),
    ),
  );
}

async function inTransaction<T>(
  deps: WriteDeps,
  baseId: string,
  options: WriteOptions,
  run: (w: Writer, table: (name: string) => TableRow) => Promise<T>,
) {
  return deps.store.transaction(async (client) => {
    const transactionNumber = Number(await deps.store.beginBaseWrite(client, baseId));
    const schema = (await deps.store.loadSchema(baseId, client))!;
    const writer = new Writer(deps, client, schema, options);
    const result = await run(writer, (name) => findTable(schema, name));
    await writer.saveChoices();
    if (!writer.changes.isEmpty)
      await deps.onChanges(client, baseId, transactionNumber, writer.changes);
    return result;
  });
}

async function render(
  deps: WriteDeps,
  baseId: string,
  tableId: string,
  ids: string[],
  options: WriteOptions,
) {
  const schema = (await deps.store.loadSchema(baseId))!;
  const table = findTable(schema, tableId);
  const rows = await deps.store.findRecords(ids);
  const full = await createFieldComputer(deps.store, schema, deps.now).compute(
    table,
    ids.map((id) => rows.find((r) => r.id === id)!),
  );
  return full.map((r) =>
    renderRecord(table, r, { returnFieldsByFieldId: options.returnFieldsByFieldId }),
  );
}

function optionsOf(body: Record<string, unknown>): WriteOptions {
  return {
    typecast: body.typecast === true,
    returnFieldsByFieldId: body.returnFieldsByFieldId === true,
  };
}

/** POST /v0/{base}/{table}: `{records: [{fields}]}` or the single-record `{fields}` form. */
export async function createRecords(
  deps: WriteDeps,
  baseId: string,
  tableIdOrName: string,
  body: Record<string, unknown>,
) {
  const options = optionsOf(body);
  const single = !Array.isArray(body.records);
  const inputs = single ? [{ fields: body.fields }] : (body.records as { fields?: unknown }[]);
  if (inputs.length > MAX_RECORDS_PER_REQUEST) throw tooMany(inputs.length, 'created');
  if (inputs.length === 0) throw invalidRecords('Provide at least one record');
  const { tableId, ids } = await inTransaction(deps, baseId, options, async (writer, table) => {
    const t = table(tableIdOrName);
    const cells = [];
    for (const input of inputs)
      cells.push(await writer.cells(t, fieldsObject(input?.fields ?? {})));
    return { tableId: t.id, ids: (await writer.insert(t, cells)).map((r) => r.id) };
  });
  const records = await render(deps, baseId, tableId, ids, options);
  return single ? records[0] : { records };
}

/** PATCH/PUT /v0/{base}/{table}, with performUpsert; PUT replaces every stored field. */
export async function updateRecords(
  deps: WriteDeps,
  baseId: string,
  tableIdOrName: string,
  body: Record<string, unknown>,
  replace: boolean,
) {
  const options = optionsOf(body);
  if (!Array.isArray(body.records))
    throw invalidRequest('Provide "records": an array of { id, fields }');
  const inputs = body.records as { id?: unknown; fields?: unknown }[];
  if (inputs.length > MAX_RECORDS_PER_REQUEST) throw tooMany(inputs.length, 'updated');
  const upsert = body.performUpsert as { fieldsToMergeOn?: unknown } | undefined;
  const mergeOn = upsert ? upsert.fieldsToMergeOn : undefined;
  if (upsert && (!Array.isArray(mergeOn) || mergeOn.length === 0 || mergeOn.length > 3)) {
    throw invalidRequest('performUpsert.fieldsToMergeOn must name 1 to 3 fields');
  }
  const outcome = await inTransaction(deps, baseId, options, async (writer, table) => {
    const t = table(tableIdOrName);
    const mergeFields = (mergeOn as string[] | undefined)?.map((name) => findField(t, name));
    const existing = mergeFields ? await deps.store.listRecords(t.id, writer.client) : [];
    const ids: string[] = [];
    const created: string[] = [];
    const updated: string[] = [];
    for (const input of inputs) {
      const cells = await writer.cells(t, fieldsObject(input?.fields));
      let row: RecordRow | undefined;
      if (typeof input.id === 'string') {
        [row] = (await deps.store.findRecords([input.id], writer.client)).filter(
          (r) => r.tableId === t.id,
        );
        if (!row) throw rowDoesNotExist(input.id);
      } else if (mergeFields) {
        for (const f of mergeFields)
          if (!(f.id in cells))
            throw invalidRequest(`Upserted records must include the merge field "${f.name}"`);
        const matches = existing.filter((r) =>
          mergeFields.every(
            (f) => JSON.stringify(r.cells[f.id] ?? null) === JSON.stringify(cells[f.id] ?? null),
          ),
        );
        if (matches.length > 1)
          throw new ApiError(
            422,
            'INVALID_VALUE_FOR_COLUMN',
            `More than one record matches the fields to merge on (${mergeFields.map((f) => f.name).join(', ')}).`,
          );
        row = matches[0];
        if (!row) {
          const [inserted] = await writer.insert(t, [cells]);
          existing.push(inserted!);
          ids.push(inserted!.id);
          created.push(inserted!.id);
          continue;
        }
      } else {
        throw invalidRecords('Each record needs an "id" (or use performUpsert)');
      }
      await writer.update(t, row, cells, replace);
      ids.push(row.id);
      updated.push(row.id);
    }
    return { tableId: t.id, ids, created, updated };
  });
  const records = await render(deps, baseId, outcome.tableId, outcome.ids, options);
  return upsert
    ? { records, createdRecords: outcome.created, updatedRecords: outcome.updated }
    : { records };
}

/** PATCH/PUT /v0/{base}/{table}/{recordId}: one record, answered without the `records` wrapper. */
export async function updateRecord(
  deps: WriteDeps,
  baseId: string,
  tableIdOrName: string,
  recordId: string,
  body: Record<string, unknown>,
  replace: boolean,
) {
  const result = (await updateRecords(
    deps,
    baseId,
    tableIdOrName,
    { ...body, records: [{ id: recordId, fields: body.fields }] },
    replace,
  )) as { records: unknown[] };
  return result.records[0];
}

/** DELETE /v0/{base}/{table}?records[]=…: up to 10 records. */
export async function deleteRecords(
  deps: WriteDeps,
  baseId: string,
  tableIdOrName: string,
  ids: string[],
) {
  if (ids.length > MAX_RECORDS_PER_REQUEST) throw tooMany(ids.length, 'deleted');
  if (ids.length === 0) throw invalidRequest('Provide records[] to delete');
  await inTransaction(
    deps,
    baseId,
    { typecast: false, returnFieldsByFieldId: false },
    async (writer, table) => {
      const t = table(tableIdOrName);
      const rows = (await deps.store.findRecords(ids, writer.client)).filter(
        (r) => r.tableId === t.id,
      );
      const missing = ids.find((id) => !rows.some((r) => r.id === id));
      if (missing) throw rowDoesNotExist(missing);
      await writer.destroy(t, rows);
    },
  );
  return { records: ids.map((id) => ({ id, deleted: true })) };
}
