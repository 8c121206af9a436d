import { describe, expect, it } from 'vitest';
import { AirtableApiError, createAirtableClient } from '../src/index.ts';
import { startAirtableLocal, TOKEN } from './start-airtable-local.ts';

describe('metadata against airtable-local', () => {
  it('lists the bases the token can see and validates the token with them', async () => {
    const { url, baseId } = await startAirtableLocal();
    const client = createAirtableClient({ apiUrl: url, token: TOKEN });

    expect(await client.listBases()).toEqual({
      bases: [{ id: baseId, name: 'Demo CRM', permissionLevel: 'create' }],
    });
    expect(await client.validateToken()).toEqual({
      ok: true,
      bases: [{ id: baseId, name: 'Demo CRM', permissionLevel: 'create' }],
    });
  });

  it('rejects an unknown token with a 401 AirtableApiError that is not retryable', async () => {
    const { url } = await startAirtableLocal();
    const client = createAirtableClient({ apiUrl: `${url}/`, token: 'patNotAToken' });

    const error = await client.validateToken().catch((e: unknown) => e);

    expect(error).toBeInstanceOf(AirtableApiError);
    expect(error).toMatchObject({
      status: 401,
      type: 'AUTHENTICATION_REQUIRED',
      retryable: false,
    });
  });

  it('describes the demo base with fields, options and views', async () => {
    const { url, baseId } = await startAirtableLocal();
    const client = createAirtableClient({ apiUrl: url, token: TOKEN });

    const { tables } = await client.getBaseSchema(baseId);

    expect(tables.map((t) => t.name)).toEqual(['Companies', 'Contacts', 'Deals', 'Activities']);
    const deals = tables.find((t) => t.name === 'Deals')!;
    const companies = tables.find((t) => t.name === 'Companies')!;
    expect(deals.primaryFieldId).toBe(deals.fields[0]!.id);
    const stage = deals.fields.find((f) => f.name === 'Stage')!;
    expect(stage.type).toBe('singleSelect');
    expect(stage.options?.choices?.[0]?.id).toMatch(/^sel/);
    expect(deals.fields.find((f) => f.name === 'Company')!.options?.linkedTableId).toBe(
      companies.id,
    );
    expect(deals.views.map((v) => v.name)).toContain('Open pipeline');
  });

  it('answers 403 for a base the token cannot reach', async () => {
    const { url } = await startAirtableLocal();
    const client = createAirtableClient({ apiUrl: url, token: TOKEN });

    await expect(client.getBaseSchema('appNope1234567890')).rejects.toMatchObject({
      status: 403,
      type: 'INVALID_PERMISSIONS_OR_MODEL_NOT_FOUND',
      retryable: false,
    });
  });
});
