import { randomUUID } from 'node:crypto';
import { createLogger, createSuspendedWorkspaces } from '@pyairtable/subgraph-kit';
import { postAsGateway, TEST_SIGNING_SECRET } from '@pyairtable/testing';
import { describe, expect, it } from 'vitest';
import { startAirtableSubgraph } from './harness.ts';

const admin = { userId: randomUUID(), email: 'ops@example.com', platformRole: 'ADMIN' as const };
const setSuspended = (workspacesUrl: string, id: string, suspended: boolean) =>
  postAsGateway<any>(
    'workspaces',
    workspacesUrl,
    `mutation ($id: ID!) { ${suspended ? 'adminSuspendWorkspace' : 'adminRestoreWorkspace'}(id: $id) { id } }`,
    { id },
    admin,
  );

// Not seeing a change needs a window: polls are due every 200 ms inside it.
const NOTHING_SEEN_WINDOW_MS = 2_000;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('airtable: a suspended workspace is not synced', () => {
  it('stops polling a suspended workspace’s base at once and catches up once it is restored', async () => {
    const s = await startAirtableSubgraph({ airtableEnv: { POLL_INTERVAL_MS: '200' } });
    const events = s.events(['record.changed', 'workspace.suspensionChanged']);
    const suspended = await setSuspended(s.workspacesUrl, s.workspaceId, true);
    expect(suspended.errors).toBeUndefined();
    // The announcement reaches the sync engine with the test's own subscriber (one bus); a
    // poll that started before it is let finish.
    await expect
      .poll(() => events.filter((e) => e.type === 'workspace.suspensionChanged'))
      .toMatchObject([{ workspaceId: s.workspaceId, suspended: true }]);
    await s.deps.sync.idle(s.baseId);

    const deal = (await s.airtable('GET', 'Deals?maxRecords=1')).records[0];
    await s.airtable('PATCH', `Deals/${deal.id}`, { fields: { 'Next Step': 'Call back' } });
    await pause(NOTHING_SEEN_WINDOW_MS);
    const seen = () => events.filter((e) => e.type === 'record.changed' && e.recordId === deal.id);
    expect(seen()).toHaveLength(0);

    await setSuspended(s.workspacesUrl, s.workspaceId, false);
    await expect.poll(() => seen().length, { timeout: 20_000, interval: 200 }).toBe(1);
  }, 60_000);

  it('answers from the workspaces subgraph when no announcement was heard', async () => {
    const s = await startAirtableSubgraph({ sync: false });
    await setSuspended(s.workspacesUrl, s.workspaceId, true);
    const known = createSuspendedWorkspaces({
      workspacesUrl: s.workspacesUrl,
      signingSecret: TEST_SIGNING_SECRET,
      logger: createLogger('test', 'silent'),
    });
    expect((await known()).has(s.workspaceId)).toBe(true);
    await setSuspended(s.workspacesUrl, s.workspaceId, false);
    // Within the refresh window the last answer holds; the bus would have said otherwise.
    expect((await known()).has(s.workspaceId)).toBe(true);
  });
});
