import { describe, expect, it } from 'vitest';
import { startWithProbeTable } from './probe-table.ts';

describe('Airtable docs, List records: filterByFormula errors', () => {
  // Errors: 422 INVALID_FILTER_BY_FORMULA, "The formula for filtering records is invalid: …".
  it.each([
    ['FOO({Name})', 'Unknown function FOO at line 1, column 1'],
    ['LEFT({Name})', 'LEFT() expects exactly 2 arguments but got 1 at line 1, column 1'],
    ['YEAR(2024)', 'YEAR() expects a date, not the number 2024 at line 1, column 6'],
    ['AND({Name}', "Missing ')' to close AND( at line 1, column 1"],
  ])(
    'refuses %s as Airtable does, with the place of the problem (List records: filterByFormula)',
    async (formula, detail) => {
      const { api, probe } = await startWithProbeTable();
      const res = await api('GET', `${probe}?filterByFormula=${encodeURIComponent(formula)}`);
      expect(res.status).toBe(422);
      expect(res.body).toEqual({
        error: {
          type: 'INVALID_FILTER_BY_FORMULA',
          message: `The formula for filtering records is invalid: Invalid formula. Please check your formula text. ${detail}`,
        },
      });
    },
  );

  it('answers RE2 patterns in linear time (Formula field reference: regex functions)', async () => {
    const { api, probe, matching } = await startWithProbeTable();
    await api('POST', probe, { fields: { Name: `${'a'.repeat(40)}b` } });
    expect(await matching('REGEX_MATCH({Name}, "(a+)+$")')).toEqual([]);
    expect(await matching('REGEX_MATCH({Name}, "(a+)+b$")')).toEqual([`${'a'.repeat(40)}b`]);
  });
});
