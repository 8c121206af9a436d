import { describe, expect, it } from 'vitest';
import { startAirtableLocal } from './harness.ts';

describe('records API behaviour', () => {
  it('answers errors in Airtable format with Airtable types', async () => {
    const { api, baseId, url } = await startAirtableLocal();
    const noAuth = await fetch(`${url}/v0/${baseId}/Deals`);
    expect(noAuth.status).toBe(401);
    expect(await noAuth.json()).toEqual({
      error: { type: 'AUTHENTICATION_REQUIRED', message: 'Authentication required' },
    });
    expect((await api('GET', `/v0/${baseId}/Deals`, undefined, 'patWrong')).status).toBe(401);
    expect((await api('GET', `/v0/${baseId}/Nope`)).body.error.type).toBe(
      'INVALID_PERMISSIONS_OR_MODEL_NOT_FOUND',
    );
    expect((await api('GET', `/v0/appNope1234567890/Deals`)).status).toBe(403);
    expect((await api('GET', `/v0/${baseId}/Deals/recNope1234567890`)).body).toEqual({
      error: 'NOT_FOUND',
    });

    const formula = await api(
      'GET',
      `/v0/${baseId}/Deals?filterByFormula=${encodeURIComponent('{Nope} = 1')}`,
    );
    expect(formula.status).toBe(422);
    expect(formula.body.error).toEqual({
      type: 'INVALID_FILTER_BY_FORMULA',
      message: 'The formula for filtering records is invalid: Unknown field names: Nope',
    });
    expect((await api('GET', `/v0/${baseId}/Deals?offset=garbage`)).body.error.type).toBe(
      'INVALID_OFFSET_VALUE',
    );
    expect((await api('GET', `/v0/${baseId}/Deals?fields%5B%5D=Nope`)).body.error).toEqual({
      type: 'UNKNOWN_FIELD_NAME',
      message: 'Unknown field name: "Nope"',
    });
    expect((await api('GET', `/v0/${baseId}/Deals?view=Nope`)).body.error.type).toBe(
      'VIEW_NAME_NOT_FOUND',
    );

    const eleven = Array.from({ length: 11 }, (_, i) => ({ fields: { Name: `D${i}` } }));
    const tooMany = await api('POST', `/v0/${baseId}/Deals`, { records: eleven });
    expect(tooMany.body.error).toEqual({
      type: 'INVALID_RECORDS',
      message: 'A maximum of 10 records can be created per request but you have provided 11.',
    });
    expect(
      (await api('POST', `/v0/${baseId}/Deals`, { records: [{ fields: { Nope: 1 } }] })).body.error
        .type,
    ).toBe('UNKNOWN_FIELD_NAME');
    expect(
      (await api('POST', `/v0/${baseId}/Deals`, { records: [{ fields: { Amount: 'lots' } }] })).body
        .error,
    ).toMatchObject({ type: 'INVALID_VALUE_FOR_COLUMN' });
    expect(
      (await api('POST', `/v0/${baseId}/Deals`, { records: [{ fields: { Size: 'Large' } }] })).body
        .error.message,
    ).toBe('Field "Size" cannot accept a value because the field is computed');
    expect(
      (await api('POST', `/v0/${baseId}/Deals`, { records: [{ fields: { Stage: 'Dreaming' } }] }))
        .body.error.type,
    ).toBe('INVALID_MULTIPLE_CHOICE_OPTIONS');
    expect(
      (
        await api('PATCH', `/v0/${baseId}/Deals`, {
          records: [{ id: 'recNope1234567890', fields: {} }],
        })
      ).body.error.type,
    ).toBe('ROW_DOES_NOT_EXIST');
    // Nothing above was written.
    expect(
      (
        await api(
          'GET',
          `/v0/${baseId}/Deals?filterByFormula=${encodeURIComponent('{Name} = "D0"')}`,
        )
      ).body.records,
    ).toEqual([]);
  });

  it('typecasts strings into numbers, new select options and links by name', async () => {
    const { api, baseId } = await startAirtableLocal();
    const company = (await api('GET', `/v0/${baseId}/Companies?maxRecords=1`)).body.records[0];
    const res = await api('POST', `/v0/${baseId}/Deals`, {
      typecast: true,
      records: [
        {
          fields: {
            Name: 'Typecast',
            Amount: '$12,500',
            Stage: 'Dreaming',
            Company: company.fields.Name,
          },
        },
      ],
    });
    expect(res.status).toBe(200);
    expect(res.body.records[0].fields).toMatchObject({
      Amount: 12500,
      Stage: 'Dreaming',
      Company: [company.id],
    });
    const tables = (await api('GET', `/v0/meta/bases/${baseId}/tables`)).body.tables;
    const stage = tables
      .find((t: any) => t.name === 'Deals')
      .fields.find((f: any) => f.name === 'Stage');
    expect(stage.options.choices.map((c: any) => c.name)).toContain('Dreaming');
  });

  it('upserts on merge fields: updates a match, creates otherwise', async () => {
    const { api, baseId } = await startAirtableLocal();
    const contact = (
      await api('GET', `/v0/${baseId}/Contacts?maxRecords=1&fields%5B%5D=Email&fields%5B%5D=Title`)
    ).body.records[0];
    const res = await api('PATCH', `/v0/${baseId}/Contacts`, {
      performUpsert: { fieldsToMergeOn: ['Email'] },
      records: [
        { fields: { Email: contact.fields.Email, Title: 'Chief Upsert Officer' } },
        { fields: { Email: 'new.person@example.com', Name: 'New Person' } },
      ],
    });
    expect(res.status).toBe(200);
    expect(res.body.updatedRecords).toEqual([contact.id]);
    expect(res.body.createdRecords).toHaveLength(1);
    expect(res.body.records[0]).toMatchObject({
      id: contact.id,
      fields: { Title: 'Chief Upsert Officer' },
    });
    const again = await api('PATCH', `/v0/${baseId}/Contacts`, {
      performUpsert: { fieldsToMergeOn: ['Email'] },
      records: [{ fields: { Email: 'new.person@example.com', Title: 'Second' } }],
    });
    expect(again.body.updatedRecords).toEqual(res.body.createdRecords);
  });

  it('computes lookups, rollups and formulas across links', async () => {
    const { api, baseId } = await startAirtableLocal();
    const deals = (
      await api('POST', `/v0/${baseId}/Deals/listRecords`, {
        pageSize: 100,
        fields: ['Company', 'Amount', 'Probability', 'Expected Revenue', 'Company Country'],
      })
    ).body.records;
    const deal = deals.find((d: any) => d.fields.Amount && d.fields.Probability);
    expect(deal.fields['Expected Revenue']).toBeCloseTo(
      deal.fields.Amount * deal.fields.Probability,
      6,
    );
    const company = (await api('GET', `/v0/${baseId}/Companies/${deal.fields.Company[0]}`)).body;
    expect(deal.fields['Company Country']).toEqual([company.fields.Country]);
    const linked = await Promise.all(
      (company.fields.Deals as string[]).map(
        async (id) => (await api('GET', `/v0/${baseId}/Deals/${id}`)).body.fields.Amount ?? 0,
      ),
    );
    expect(company.fields['Total Won']).toBe(linked.reduce((a: number, b: number) => a + b, 0));
  });

  it('applies a view’s filter and order, and renders cells as strings on request', async () => {
    const { api, baseId } = await startAirtableLocal();
    const open = (
      await api('GET', `/v0/${baseId}/Deals?view=${encodeURIComponent('Open pipeline')}`)
    ).body.records;
    expect(open.length).toBeGreaterThan(0);
    expect(open.every((r: any) => !['Won', 'Lost'].includes(r.fields.Stage))).toBe(true);
    const amounts = open.map((r: any) => r.fields.Amount ?? 0);
    expect(amounts).toEqual([...amounts].sort((a: number, b: number) => b - a));

    const missing = await api('GET', `/v0/${baseId}/Deals?cellFormat=string`);
    expect(missing.body.error.type).toBe('INVALID_REQUEST_UNKNOWN');
    const text = (
      await api(
        'GET',
        `/v0/${baseId}/Deals?cellFormat=string&timeZone=UTC&userLocale=en-us&maxRecords=5&fields%5B%5D=Amount&fields%5B%5D=Company&fields%5B%5D=Probability`,
      )
    ).body.records;
    const withAmount = text.find((r: any) => r.fields.Amount);
    expect(withAmount.fields.Amount).toMatch(/^\$[\d,]+$/);
    expect(typeof withAmount.fields.Company).toBe('string');
    expect(withAmount.fields.Company).not.toMatch(/^rec/);
  });

  it('stores attachments with thumbnails and serves the seeded images', async () => {
    const { api, baseId, url } = await startAirtableLocal();
    const created = await api('POST', `/v0/${baseId}/Companies`, {
      fields: { Name: 'Pixel Inc', Logo: [{ url: `${url}/attachments/x/pixel-inc-logo.png` }] },
    });
    const [logo] = created.body.fields.Logo;
    expect(logo).toMatchObject({
      id: expect.stringMatching(/^att/),
      filename: 'pixel-inc-logo.png',
      type: 'image/png',
      thumbnails: { small: { url: logo.url } },
    });
    const image = await fetch(logo.url);
    expect(image.headers.get('content-type')).toContain('image/svg+xml');
    expect(await image.text()).toContain('>PI<');
  });
});
