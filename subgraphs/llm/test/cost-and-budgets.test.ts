import { describe, expect, it } from 'vitest';
import { periodBounds } from '../src/domain/budget-periods.ts';
import {
  budgetRefusal,
  budgetStatus,
  budgetWarnings,
  type BudgetSpend,
} from '../src/domain/budgets.ts';
import { costOf, priceOf } from '../src/domain/prices.ts';

const budget = (over: Partial<BudgetSpend> = {}): BudgetSpend => ({
  id: 'b1',
  userId: null,
  period: 'DAILY',
  limitUsd: 10,
  spentUsd: 0,
  resetsAt: new Date('2026-03-02T00:00:00Z'),
  ...over,
});

describe('prices', () => {
  it('prices a call per million tokens, cached prompt tokens at the cached rate', () => {
    const price = { input: 2, output: 8, cachedInput: 0.5 };
    expect(costOf(price, { promptTokens: 1_000_000, completionTokens: 0 })).toBe(2);
    expect(costOf(price, { promptTokens: 1000, completionTokens: 500 })).toBe(0.006);
    expect(
      costOf(price, { promptTokens: 1000, completionTokens: 0, cachedPromptTokens: 400 }),
    ).toBe(0.0014);
    expect(costOf(null, { promptTokens: 1000, completionTokens: 1000 })).toBe(0);
  });

  it('finds dated snapshots by their family and lets configured prices win', () => {
    expect(priceOf('gpt-4o-mini-2024-07-18')).toEqual(priceOf('gpt-4o-mini'));
    expect(priceOf('gpt-4o-2024-08-06')?.input).toBe(2.5);
    expect(priceOf('gpt-4o', { 'gpt-4o': { input: 1, output: 1 } })).toEqual({
      input: 1,
      output: 1,
    });
    expect(priceOf('llama3.1:8b')).toBeNull();
    expect(priceOf('llama3.1:8b', { 'llama3.1:8b': { input: 0.1, output: 0.2 } })?.output).toBe(
      0.2,
    );
  });
});

describe('budget periods', () => {
  it('run from midnight UTC, and from the first of the month', () => {
    const now = new Date('2026-02-28T23:59:00Z');
    expect(periodBounds('DAILY', now)).toEqual({
      start: new Date('2026-02-28T00:00:00Z'),
      end: new Date('2026-03-01T00:00:00Z'),
    });
    expect(periodBounds('MONTHLY', new Date('2026-12-15T10:00:00Z'))).toEqual({
      start: new Date('2026-12-01T00:00:00Z'),
      end: new Date('2027-01-01T00:00:00Z'),
    });
  });
});

describe('budgets', () => {
  it('warn from 80 % and count as exceeded once fully spent', () => {
    expect(budgetStatus(budget({ spentUsd: 7.99 }))).toBe('OK');
    expect(budgetStatus(budget({ spentUsd: 8 }))).toBe('WARNING');
    expect(budgetStatus(budget({ spentUsd: 10 }))).toBe('EXCEEDED');
    expect(budgetWarnings([budget({ spentUsd: 7.5 })])).toEqual([]);
    expect(budgetWarnings([budget({ spentUsd: 8.5 })])[0]).toMatch(
      /^85 % of this workspace's daily assistant budget of \$10\.00 is spent/,
    );
  });

  it('refuses a call whose worst case would pass a limit, naming the tightest budget', () => {
    const workspace = budget({ id: 'ws', spentUsd: 5 });
    const mine = budget({ id: 'me', userId: 'u1', period: 'MONTHLY', limitUsd: 2, spentUsd: 1.9 });
    expect(budgetRefusal([workspace, mine], 0.05)).toBeNull();
    const refusal = budgetRefusal([workspace, mine], 0.2);
    expect(refusal?.budget.id).toBe('me');
    expect(refusal?.message).toContain('your monthly assistant budget of $2.00');
    expect(refusal?.message).toContain('It resets at 2026-03-02T00:00:00.000Z');
  });

  it('treats a zero limit as off, even for free calls', () => {
    expect(budgetRefusal([budget({ limitUsd: 0 })], 0)?.message).toContain('it is used up');
    expect(budgetRefusal([], 1000)).toBeNull();
  });
});
