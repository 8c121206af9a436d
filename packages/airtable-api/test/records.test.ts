import { describe, expect, it } from 'vitest';
import { AirtableApiError, createAirtableClient, type RecordsPage } from '../src/index.ts';
import { createRecordingFetch, startAirtableLocal, TOKEN } from './start-airtable-local.ts';

async function startClient() {
  const { url, baseId } = await startAirtableLocal();
  const recording = createRecordingFetch();
  const client = createAirtableClient({ apiUrl: url, token: TOKEN, fetch: recording.fetch });
  return { client, baseId, calls: recording.calls };
}

describe('records against airtable-local', () => {
  it('pages through all 300 Deals with listAllRecords over POST listRecords', async () => {
    const { client, baseId, calls } = await startClient();

    const pages: RecordsPage[] = [];
    for await (const page of client.listAllRecords(baseId, 'Deals', { fields: ['Name'] })) {
      pages.push(page);
    }

    expect(pages.map((p) => p.records.length)).toEqual([100, 100, 100]);
    expect(pages.map((p) => p.offset === undefined)).toEqual([false, false, true]);
    const ids = new Set(pages.flatMap((p) => p.records.map((r) => r.id)));
    expect(ids.size).toBe(300);
    expect(pages[0]!.records[0]!.fields).toEqual({ Name: expect.any(String) });
    expect(calls.map((c) => `${c.method} ${new URL(c.url).pathname}`)).toEqual(
      Array(3).fill(`POST /v0/${baseId}/Deals/listRecords`),
    );
  });

  it('filters by formula, picks fields and keys them by field id', async () => {
    const { client, baseId } = await startClient();
    const { tables } = await client.getBaseSchema(baseId);
    const name = tables.find((t) => t.name === 'Deals')!.fields.find((f) => f.name === 'Name')!;
    const [first] = (await client.listRecordsPage(baseId, 'Deals', { pageSize: 1 })).records;

    const page = await client.listRecordsPage(baseId, 'Deals', {
      filterByFormula: `RECORD_ID() = '${first!.id}'`,
      fields: ['Name'],
      returnFieldsByFieldId: true,
    });

    expect(page).toEqual({
      records: [
        {
          id: first!.id,
          createdTime: first!.createdTime,
          fields: { [name.id]: first!.fields.Name },
        },
      ],
    });
  });

  it('creates, reads, updates, upserts and deletes records in a round trip', async () => {
    const { client, baseId } = await startClient();

    const created = await client.createRecords(
      baseId,
      'Deals',
      [
        { fields: { Name: 'Round trip A', Amount: 100 } },
        { fields: { Name: 'Round trip B', Stage: 'Brand new stage' } },
      ],
      { typecast: true },
    );
    const [a, b] = created.records;
    expect(a!.fields).toMatchObject({ Name: 'Round trip A', Amount: 100 });
    expect(b!.fields).toMatchObject({ Stage: 'Brand new stage' });
    expect(await client.getRecord(baseId, 'Deals', a!.id)).toMatchObject({
      id: a!.id,
      fields: { Name: 'Round trip A' },
    });

    const updated = await client.updateRecords(baseId, 'Deals', [
      { id: a!.id, fields: { Amount: 250 } },
    ]);
    expect(updated.records[0]!.fields).toMatchObject({ Name: 'Round trip A', Amount: 250 });
    const replaced = await client.updateRecords(
      baseId,
      'Deals',
      [{ id: a!.id, fields: { Name: 'Round trip A2' } }],
      { replace: true },
    );
    expect(replaced.records[0]!.fields.Amount).toBeUndefined();

    const upserted = await client.upsertRecords(
      baseId,
      'Deals',
      [
        { fields: { Name: 'Round trip B', Amount: 7 } },
        { fields: { Name: 'Round trip C', Amount: 9 } },
      ],
      ['Name'],
    );
    expect(upserted.updatedRecords).toEqual([b!.id]);
    expect(upserted.createdRecords).toHaveLength(1);
    const c = upserted.createdRecords[0]!;
    expect(upserted.records.map((r) => r.fields.Amount)).toEqual([7, 9]);

    const deleted = await client.deleteRecords(baseId, 'Deals', [a!.id, b!.id, c]);
    expect(deleted.records).toEqual([
      { id: a!.id, deleted: true },
      { id: b!.id, deleted: true },
      { id: c, deleted: true },
    ]);
    await expect(client.getRecord(baseId, 'Deals', a!.id)).rejects.toMatchObject({
      status: 404,
      type: 'NOT_FOUND',
      retryable: false,
    });
  });

  it('refuses 11 records locally without sending a request', async () => {
    const { client, baseId, calls } = await startClient();
    const eleven = Array.from({ length: 11 }, (_, i) => ({ fields: { Name: `Deal ${i}` } }));
    const ids = Array.from({ length: 11 }, (_, i) => `rec${String(i).padStart(14, '0')}`);

    await expect(client.createRecords(baseId, 'Deals', eleven)).rejects.toThrow(
      /createRecords takes at most 10 records per request.*got 11/,
    );
    await expect(
      client.updateRecords(
        baseId,
        'Deals',
        ids.map((id) => ({ id, fields: {} })),
      ),
    ).rejects.toThrow(/at most 10/);
    await expect(client.upsertRecords(baseId, 'Deals', eleven, ['Name'])).rejects.toThrow(
      /at most 10/,
    );
    await expect(client.deleteRecords(baseId, 'Deals', ids)).rejects.toThrow(/at most 10/);
    expect(calls).toEqual([]);
  });

  it('parses a 422 for an unknown field into UNKNOWN_FIELD_NAME', async () => {
    const { client, baseId } = await startClient();

    const error = await client
      .createRecords(baseId, 'Deals', [{ fields: { Nope: 1 } }])
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(AirtableApiError);
    expect(error).toMatchObject({
      status: 422,
      type: 'UNKNOWN_FIELD_NAME',
      message: 'Unknown field name: "Nope"',
      retryable: false,
    });
  });
});
