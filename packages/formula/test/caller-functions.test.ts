import { describe, expect, it } from 'vitest';
import { compileFormula, FormulaError } from '../src/index.ts';

const fields = [{ id: 'fldOwner', name: 'Owner', type: 'email' }];
const record = {
  id: 'rec1',
  createdTime: '2026-01-01T00:00:00.000Z',
  fields: { fldOwner: 'ann@example.com' },
};

describe('the caller functions of row rules', () => {
  it('name the person a formula is evaluated for', () => {
    const rule = compileFormula('{Owner} = CURRENT_USER_EMAIL()', {
      fields,
      callerFunctions: true,
    });
    const ann = { currentUser: { id: 'u1', email: 'ann@example.com' } };
    const bob = { currentUser: { id: 'u2', email: 'bob@example.com' } };
    expect(rule.evaluate(record, ann)).toBe(true);
    expect(rule.evaluate(record, bob)).toBe(false);
    const id = compileFormula('CURRENT_USER_ID()', { callerFunctions: true });
    expect(id.evaluate(record, ann)).toBe('u1');
    expect(id.evaluate(record, {})).toBeNull();
  });

  it('are unknown to every other formula, as in Airtable', () => {
    expect(() => compileFormula('{Owner} = CURRENT_USER_EMAIL()', { fields })).toThrow(
      FormulaError,
    );
    expect(() => compileFormula('CURRENT_USER_ID(1)', { callerFunctions: true })).toThrow(
      FormulaError,
    );
  });
});
