import { demoCrmBase } from '@pyairtable/airtable-local/demo-crm';
import { describe, expect, it } from 'vitest';
import { startAirtableSubgraph } from './harness.ts';
import { cellText, csvField, writeCsv } from '../src/analysis/write-csv.ts';

const deals = demoCrmBase()
  .tables.find((t) => t.name === 'Deals')!
  .records.map((r) => r.fields);

const ANALYSIS = /* GraphQL */ `
  query ($b: ID!, $t: ID!, $f: String, $fields: [String!]) {
    tableAnalysis(baseId: $b, tableId: $t, filterByFormula: $f, fields: $fields) {
      recordCount
      fields {
        field {
          name
        }
        filledCount
        fillRate
        distinctCount
        numbers {
          min
          max
          mean
          median
          sum
        }
        values {
          value
          count
        }
        dates {
          earliest
          latest
        }
      }
    }
  }
`;

function countBy<T>(items: T[], key: (item: T) => string) {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

describe('airtable: analysis over the mirror', () => {
  it('analyzes a table, finds duplicates and exports CSV, for members only', async () => {
    const s = await startAirtableSubgraph();
    const run = (query: string, variables: Record<string, unknown>, person = s.owner) =>
      s.as(person)(query, { b: s.baseId, t: 'Deals', ...variables });

    const analysis = await run(ANALYSIS, { fields: ['Amount', 'Stage', 'Priority', 'Close Date'] });
    expect(analysis.errors).toBeUndefined();
    const byName = Object.fromEntries(
      analysis.data!.tableAnalysis.fields.map((f: any) => [f.field.name, f]),
    );
    expect(analysis.data!.tableAnalysis.recordCount).toBe(deals.length);
    const amounts = deals.map((d) => d.Amount as number);
    expect(byName.Amount.numbers).toMatchObject({
      min: Math.min(...amounts),
      max: Math.max(...amounts),
      sum: amounts.reduce((a, b) => a + b, 0),
    });
    expect(byName.Amount.fillRate).toBe(1);
    const prioritized = deals.filter((d) => d.Priority !== undefined).length;
    expect(byName.Priority.filledCount).toBe(prioritized);
    expect(byName.Priority.fillRate).toBeCloseTo(prioritized / deals.length, 10);
    const stages = countBy(deals, (d) => d.Stage as string);
    expect(byName.Stage.values).toHaveLength(stages.size);
    for (const { value, count } of byName.Stage.values) expect(count).toBe(stages.get(value));
    expect(byName.Stage.values[0].count).toBe(Math.max(...stages.values()));
    expect(byName.Stage.numbers).toBeNull();
    const closeDates = deals.map((d) => d['Close Date'] as string).sort();
    expect(byName['Close Date'].dates).toEqual({
      earliest: closeDates[0],
      latest: closeDates.at(-1),
    });

    const won = await run(ANALYSIS, { f: '{Stage} = "Won"', fields: ['Stage'] });
    expect(won.data!.tableAnalysis.recordCount).toBe(stages.get('Won'));

    const duplicates = await run(
      `query ($b: ID!, $t: ID!) { duplicateRecords(baseId: $b, tableId: $t, fields: ["Stage"], first: 2) {
        fields groupCount recordCount groups { values count records { id fields } } } }`,
      {},
    );
    const groups = [...stages.values()].filter((n) => n > 1);
    expect(duplicates.data!.duplicateRecords).toMatchObject({
      fields: ['Stage'],
      groupCount: groups.length,
      recordCount: groups.reduce((a, b) => a + b, 0),
    });
    const top = duplicates.data!.duplicateRecords.groups;
    expect(top).toHaveLength(2);
    expect(top[0].count).toBe(Math.max(...stages.values()));
    expect(top[0].records).toHaveLength(top[0].count);
    for (const r of top[0].records) expect(r.fields.Stage).toBe(top[0].values.Stage);

    const big = deals.filter((d) => (d.Amount as number) > 200_000);
    const csv = await run(
      `query ($b: ID!, $t: ID!) { exportCsv(baseId: $b, tableId: $t, fields: ["Name", "Amount", "Company"],
        filterByFormula: "{Amount} > 200000", sort: [{ field: "Amount", direction: DESC }]) { csv rowCount columns } }`,
      {},
    );
    expect(csv.errors).toBeUndefined();
    const exported = csv.data!.exportCsv;
    expect(exported.columns).toEqual(['Name', 'Amount', 'Company']);
    expect(exported.rowCount).toBe(big.length);
    const lines = exported.csv.split('\r\n');
    expect(lines[0]).toBe('Name,Amount,Company');
    expect(lines).toHaveLength(big.length + 2); // header, rows, and the final CRLF
    const biggest = big.sort((a, b) => (b.Amount as number) - (a.Amount as number))[0]!;
    // Links show the linked record's name, as Airtable's CSV export does.
    expect(lines[1]).toMatch(
      new RegExp(`^"?${escape(biggest.Name as string)}"?,${biggest.Amount},\\S`),
    );
    expect(lines[1]).not.toMatch(/,rec[A-Za-z0-9]{14}/);

    const outsider = s.factories.person('Outsider');
    const refused = await run(ANALYSIS, {}, outsider);
    expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const viewer = await s.member('VIEWER');
    const allowed = await run(ANALYSIS, { fields: ['Stage'] }, viewer);
    expect(allowed.data!.tableAnalysis.recordCount).toBe(deals.length);

    const unknown = await run(ANALYSIS, { fields: ['Nope'] });
    expect(unknown.errors?.[0]).toMatchObject({
      message: 'Unknown field "Nope" in table Deals.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});

describe('CSV writing', () => {
  const field = (name: string, type = 'singleLineText') =>
    ({ id: `fld${name}`, name, type, options: null }) as any;
  const row = (cells: Record<string, unknown>) =>
    ({ id: 'rec1', tableId: 't', createdTime: new Date(), cells }) as any;

  it('quotes fields holding commas, quotes or line breaks (RFC 4180)', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it('writes lists, people, attachments and checkboxes as text', () => {
    const names = new Map([['recA', 'Acme']]);
    expect(cellText(field('L', 'multipleRecordLinks'), ['recA', 'recB'], names)).toBe('Acme, recB');
    expect(cellText(field('P'), { id: 'usr1', name: 'Ann', email: 'a@x.co' }, names)).toBe('Ann');
    expect(cellText(field('F'), [{ filename: 'a.pdf', url: 'https://x/a.pdf' }], names)).toBe(
      'a.pdf (https://x/a.pdf)',
    );
    expect(cellText(field('C', 'checkbox'), true, names)).toBe('checked');
    expect(cellText(field('S', 'multipleSelects'), ['x', 'y'], names)).toBe('x, y');
  });

  it('stops when the CSV would pass the size bound', () => {
    const fields = [field('Name')];
    const rows = Array.from({ length: 100 }, () => row({ fldName: 'x'.repeat(100) }));
    expect(writeCsv(fields, rows, new Map(), 1_000)).toEqual({ tooLarge: true });
    const ok = writeCsv(fields, rows.slice(0, 2), new Map(), 1_000);
    expect(ok).toEqual({ csv: `Name\r\n${'x'.repeat(100)}\r\n${'x'.repeat(100)}\r\n` });
  });
});

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
