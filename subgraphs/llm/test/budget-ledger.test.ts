import { randomUUID } from 'node:crypto';
import { createMemoryEventBus } from '@pyairtable/events';
import { createLogger } from '@pyairtable/subgraph-kit';
import { createTestDatabase, testEnv } from '@pyairtable/testing';
import { describe, expect, it, onTestFinished } from 'vitest';
import { loadLlmConfig } from '../src/config.ts';
import { createLlmDb } from '../src/db.ts';
import type { LlmDeps } from '../src/deps.ts';
import { budgetsFor, reserveCall, settleCall } from '../src/domain/budget-ledger.ts';

async function ledger(now: Date) {
  const config = loadLlmConfig({
    ...testEnv,
    DATABASE_URL: await createTestDatabase('llm'),
    LLM_MODEL: 'priced',
    // Prompts free, $0.01 per completion token: a call's worst case is $1 (100 tokens).
    LLM_PRICES: JSON.stringify({ priced: { input: 0, output: 10_000 } }),
    LLM_MAX_OUTPUT_TOKENS: '100',
  });
  const db = createLlmDb(config.DATABASE_URL);
  const events = createMemoryEventBus();
  onTestFinished(async () => {
    await events.close();
    await db.close();
  });
  const deps = { config, db, events, clock: () => now, logger: createLogger('llm', 'silent') };
  return deps as unknown as LlmDeps;
}

const scope = (workspaceId: string, userId: string) => ({
  workspaceId,
  userId,
  conversationId: randomUUID(),
  messageId: randomUUID(),
});

describe('the budget ledger', () => {
  it('lets only one of two simultaneous calls take the last of a budget', async () => {
    const deps = await ledger(new Date('2026-03-10T12:00:00Z'));
    const workspaceId = randomUUID();
    const admin = randomUUID();
    await deps.db.upsertBudget({
      workspaceId,
      userId: null,
      period: 'DAILY',
      limitUsd: 1.5,
      updatedById: admin,
    });
    const results = await Promise.all([
      reserveCall(deps, scope(workspaceId, randomUUID()), 10),
      reserveCall(deps, scope(workspaceId, randomUUID()), 10),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const refused = results.find((r) => !r.ok) as { message: string; retryAfterSeconds: number };
    expect(refused.message).toContain('$1.00 is spent and this request could cost up to $1.00');
    // Midnight UTC is 12 hours away.
    expect(refused.retryAfterSeconds).toBe(12 * 3600);
  });

  it('counts settled calls at their cost, per user and per period', async () => {
    const now = new Date('2026-03-10T12:00:00Z');
    const deps = await ledger(now);
    const workspaceId = randomUUID();
    const [alice, bob] = [randomUUID(), randomUUID()];
    await deps.db.upsertBudget({
      workspaceId,
      userId: alice,
      period: 'MONTHLY',
      limitUsd: 2,
      updatedById: alice,
    });
    await deps.db.upsertBudget({
      workspaceId,
      userId: null,
      period: 'DAILY',
      limitUsd: 10,
      updatedById: alice,
    });
    for (const userId of [alice, bob]) {
      const call = scope(workspaceId, userId);
      const held = await reserveCall(deps, call, 10);
      if (!held.ok) throw new Error(held.message);
      await settleCall(deps, call, held.id, 'COMPLETED', {
        promptTokens: 10,
        completionTokens: 50,
      });
    }
    const aliceBudgets = await budgetsFor(deps, workspaceId, alice);
    expect(aliceBudgets.map((b) => [b.userId, b.period, b.spentUsd])).toEqual([
      [null, 'DAILY', 1],
      [alice, 'MONTHLY', 0.5],
    ]);
    // Bob sees the workspace's budget only.
    expect((await budgetsFor(deps, workspaceId, bob)).map((b) => b.userId)).toEqual([null]);
    // Alice's $2 month: $0.50 spent + $1 worst case fits; a second $1 would not.
    const next = await reserveCall(deps, scope(workspaceId, alice), 10);
    expect(next.ok).toBe(true);
    const over = await reserveCall(deps, scope(workspaceId, alice), 10);
    expect(over).toMatchObject({ ok: false, message: expect.stringContaining('your monthly') });
  });
});
