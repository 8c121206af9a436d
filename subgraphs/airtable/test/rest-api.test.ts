import { describe, expect, it } from 'vitest';
import { startAirtableSubgraph } from './harness.ts';

describe("airtable: the Airtable-compatible REST API behind the gateway's /v0", () => {
  it('lists records from the mirror the way Airtable pages them', async () => {
    const s = await startAirtableSubgraph();
    const api = s.rest(s.owner);
    const formula = encodeURIComponent("{Stage} = 'Won'");
    const first = await api(
      'GET',
      `/v0/${s.baseId}/Deals?filterByFormula=${formula}&sort[0][field]=Amount&sort[0][direction]=desc&pageSize=30&fields[]=Name&fields[]=Amount`,
    );
    expect(first.status).toBe(200);
    expect(first.body.records).toHaveLength(30);
    expect(first.body.offset).toEqual(expect.any(String));
    expect(Object.keys(first.body.records[0].fields).sort()).toEqual(['Amount', 'Name']);
    const next = await api('POST', `/v0/${s.baseId}/Deals/listRecords`, {
      filterByFormula: "{Stage} = 'Won'",
      sort: [{ field: 'Amount', direction: 'desc' }],
      pageSize: 100,
      offset: first.body.offset,
    });
    expect(next.body.records).toHaveLength(74 - 30);
    expect(next.body.offset).toBeUndefined();
    const amounts = [...first.body.records, ...next.body.records].map((r: any) => r.fields.Amount);
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));

    const limited = await api('GET', `/v0/${s.baseId}/Deals?maxRecords=3&pageSize=2`);
    expect(limited.body.records).toHaveLength(2);
    const rest = await api(
      'GET',
      `/v0/${s.baseId}/Deals?maxRecords=3&pageSize=2&offset=${limited.body.offset}`,
    );
    expect(rest.body.records).toHaveLength(1);
    expect(rest.body.offset).toBeUndefined();

    const byId = await api('GET', `/v0/${s.baseId}/Deals?maxRecords=1&returnFieldsByFieldId=true`);
    expect(Object.keys(byId.body.records[0].fields).every((k) => k.startsWith('fld'))).toBe(true);
    const one = await api('GET', `/v0/${s.baseId}/Deals/${first.body.records[0].id}`);
    expect(one.body).toMatchObject({ id: first.body.records[0].id, fields: { Stage: 'Won' } });
  });

  it("answers errors with Airtable's statuses and shapes", async () => {
    const s = await startAirtableSubgraph();
    const api = s.rest(s.owner);
    expect(await api('GET', `/v0/${s.baseId}/Deals/recNope1234567890`)).toEqual({
      status: 404,
      body: { error: 'NOT_FOUND' },
    });
    const unknownTable = await api('GET', `/v0/${s.baseId}/Nope`);
    expect(unknownTable.status).toBe(403);
    expect(unknownTable.body.error.type).toBe('INVALID_PERMISSIONS_OR_MODEL_NOT_FOUND');
    const badFormula = await api(
      'GET',
      `/v0/${s.baseId}/Deals?filterByFormula=${encodeURIComponent('{Nope} = 1')}`,
    );
    expect(badFormula.status).toBe(422);
    expect(badFormula.body.error.type).toBe('INVALID_FILTER_BY_FORMULA');
    const tooMany = await api('POST', `/v0/${s.baseId}/Deals`, {
      records: Array.from({ length: 11 }, (_, i) => ({ fields: { Name: `n${i}` } })),
    });
    expect(tooMany.status).toBe(422);
    const unknownField = await api('POST', `/v0/${s.baseId}/Deals`, {
      records: [{ fields: { Nope: 1 } }],
    });
    expect(unknownField.status).toBe(422);
    expect(unknownField.body.error.type).toBe('UNKNOWN_FIELD_NAME');

    // Another workspace's base looks exactly like a base that does not exist.
    const stranger = s.factories.person('Stranger');
    const theirs = await s.rest(stranger)('GET', `/v0/${s.baseId}/Deals`);
    const none = await s.rest(stranger)('GET', `/v0/appDoesNotExist1/Deals`);
    expect(theirs).toEqual(none);
    expect(theirs.status).toBe(403);
    const viewer = await s.member('VIEWER');
    const write = await s.rest(viewer)('POST', `/v0/${s.baseId}/Deals`, {
      fields: { Name: 'Viewer' },
    });
    expect(write.status).toBe(403);
    expect(write.body.error.type).toBe('INVALID_PERMISSIONS');

    const unsigned = await fetch(new URL(`/v0/${s.baseId}/Deals`, s.url));
    expect(unsigned.status).toBe(401);
  });

  it('writes through the same outbox as the graph, one record or ten at a time', async () => {
    const s = await startAirtableSubgraph();
    const api = s.rest(s.owner);
    const created = await api('POST', `/v0/${s.baseId}/Deals`, {
      records: [{ fields: { Name: 'REST one', Amount: 10 } }, { fields: { Name: 'REST two' } }],
    });
    expect(created.status).toBe(200);
    expect(created.body.records.map((r: any) => r.fields.Name)).toEqual(['REST one', 'REST two']);
    const [one, two] = created.body.records as { id: string }[];
    const single = await api('PATCH', `/v0/${s.baseId}/Deals/${one!.id}`, {
      fields: { Amount: 11 },
    });
    expect(single.body).toMatchObject({ id: one!.id, fields: { Name: 'REST one', Amount: 11 } });
    const replaced = await api('PUT', `/v0/${s.baseId}/Deals/${one!.id}`, {
      fields: { Name: 'REST one' },
    });
    expect(replaced.body.fields.Amount).toBeUndefined();
    const upserted = await api('PATCH', `/v0/${s.baseId}/Deals`, {
      performUpsert: { fieldsToMergeOn: ['Name'] },
      records: [{ fields: { Name: 'REST two', Amount: 2 } }, { fields: { Name: 'REST three' } }],
    });
    expect(upserted.body.updatedRecords).toEqual([two!.id]);
    expect(upserted.body.createdRecords).toHaveLength(1);
    const deleted = await api(
      'DELETE',
      `/v0/${s.baseId}/Deals?records[]=${one!.id}&records[]=${two!.id}`,
    );
    expect(deleted.body).toEqual({
      records: [
        { id: one!.id, deleted: true },
        { id: two!.id, deleted: true },
      ],
    });
    expect((await s.airtable('GET', `Deals/${one!.id}`)).error).toBe('NOT_FOUND');

    const meta = await api('GET', '/v0/meta/bases');
    expect(meta.body).toEqual({
      bases: [{ id: s.baseId, name: 'Demo CRM', permissionLevel: 'create' }],
    });
    const tables = await api('GET', `/v0/meta/bases/${s.baseId}/tables`);
    expect(tables.body.tables.map((t: any) => t.name)).toEqual([
      'Companies',
      'Contacts',
      'Deals',
      'Activities',
    ]);
  });
});
