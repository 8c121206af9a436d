import { describe, expect, it } from 'vitest';
import { startAirtableLocal } from './harness.ts';

describe('records through the official airtable client', () => {
  it('pages through every deal with eachPage and all()', async () => {
    const { base } = await startAirtableLocal();
    const pages: number[] = [];
    await base('Deals')
      .select({ pageSize: 100 })
      .eachPage((records, next) => {
        pages.push(records.length);
        next();
      });
    expect(pages).toEqual([100, 100, 100]);
    const all = await base('Deals').select().all();
    expect(all).toHaveLength(300);
    expect(new Set(all.map((r) => r.id)).size).toBe(300);
    expect(all[0]!.get('Name')).toEqual(expect.any(String));
  });

  it('filters, sorts and limits fields like Airtable', async () => {
    const { base } = await startAirtableLocal();
    const won = await base('Deals')
      .select({
        filterByFormula: '{Stage} = "Won"',
        sort: [{ field: 'Amount', direction: 'desc' }],
        fields: ['Name', 'Amount', 'Stage'],
      })
      .all();
    expect(won.length).toBeGreaterThan(10);
    const amounts = won.map((r) => r.get('Amount') as number);
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
    expect(Object.keys(won[0]!.fields).sort()).toEqual(['Amount', 'Name', 'Stage']);
  });

  it('creates, reads, updates, replaces and deletes a record', async () => {
    const { base } = await startAirtableLocal();
    const [company] = await base('Companies').select({ maxRecords: 1 }).all();
    const created = await base('Deals').create([
      { fields: { Name: 'Test deal', Amount: 1234, Stage: 'Lead', Company: [company!.id] } },
    ]);
    const id = created[0]!.id;
    expect(created[0]!.get('Company')).toEqual([company!.id]);
    const found = await base('Deals').find(id);
    expect(found.get('Name')).toBe('Test deal');
    expect(found.get('Expected Revenue')).toBe(0);
    const updated = await base('Deals').update([{ id, fields: { Probability: 0.5 } }]);
    expect(updated[0]!.get('Expected Revenue')).toBe(617);
    expect(updated[0]!.get('Name')).toBe('Test deal');
    const replaced = await base('Deals').replace([{ id, fields: { Name: 'Replaced' } }]);
    expect(replaced[0]!.get('Amount')).toBeUndefined();
    // The inverse link on the company was maintained, then removed by the replace.
    const companyAfter = await base('Companies').find(company!.id);
    expect((companyAfter.get('Deals') as string[] | undefined) ?? []).not.toContain(id);
    const deleted = await base('Deals').destroy([id]);
    expect(deleted[0]!.id).toBe(id);
    await expect(base('Deals').find(id)).rejects.toMatchObject({ statusCode: 404 });
  });

  it.each([
    [
      'logical',
      'AND({Stage} = "Won", NOT({Amount} < 20000))',
      (f: any) => f.Stage === 'Won' && !((f.Amount ?? 0) < 20000),
    ],
    [
      'text',
      'FIND("in", LOWER({Name})) > 0',
      (f: any) =>
        String(f.Name ?? '')
          .toLowerCase()
          .indexOf('in') > 0,
    ],
    [
      'numeric',
      'ROUND({Amount} / 1000, 0) >= 50',
      (f: any) => Math.round((f.Amount ?? 0) / 1000) >= 50,
    ],
    [
      'dates',
      'IS_AFTER({Close Date}, "2025-06-01")',
      (f: any) => Boolean(f['Close Date']) && f['Close Date'] > '2025-06-01',
    ],
    [
      'arrays',
      'LEN(ARRAYJOIN({Contacts}, ",")) > 34',
      (f: any) => (f.Contacts ?? []).join(',').length > 34,
    ],
    ['record', 'RECORD_ID() != ""', () => true],
  ])(
    'filters with %s functions exactly as the formula says',
    async (_family, formula, predicate) => {
      const { base } = await startAirtableLocal();
      const all = await base('Deals').select().all();
      const expected = all
        .filter((r) => predicate(r.fields))
        .map((r) => r.id)
        .sort();
      const filtered = await base('Deals').select({ filterByFormula: formula }).all();
      expect(filtered.map((r) => r.id).sort()).toEqual(expected);
      expect(expected.length).toBeGreaterThan(0);
    },
  );
});
