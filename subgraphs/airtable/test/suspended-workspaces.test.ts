import { randomUUID } from 'node:crypto';
import { createLogger } from '@pyairtable/subgraph-kit';
import { postAsGateway, TEST_SIGNING_SECRET } from '@pyairtable/testing';
import { describe, expect, it } from 'vitest';
import { createSuspendedWorkspaces } from '../src/sync/suspended-workspaces.ts';
import { startAirtableSubgraph } from './harness.ts';

const admin = { userId: randomUUID(), email: 'ops@example.com', platformRole: 'ADMIN' as const };
const setSuspended = (workspacesUrl: string, id: string, suspended: boolean) =>
  postAsGateway<any>('workspaces', 
    workspacesUrl,
    `mutation ($id: ID!) { ${suspended ? 'adminSuspendWorkspace' : 'adminRestoreWorkspace'}(id: $id) { id } }`,
    { id },
    admin,
  );

// Not seeing a change needs a window: longer than the engine's refresh of the suspended
// workspaces (5 s), with polls due every 200 ms inside it.
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('airtable: a suspended workspace is not synced', () => {
  it('stops polling a suspended workspace’s base and catches up once it is restored', async () => {
    const s = await startAirtableSubgraph({ airtableEnv: { POLL_INTERVAL_MS: '200' } });
    const events = s.events(['record.changed']);
    const suspended = await setSuspended(s.workspacesUrl, s.workspaceId, true);
    expect(suspended.errors).toBeUndefined();
    const known = createSuspendedWorkspaces({
      workspacesUrl: s.workspacesUrl,
      signingSecret: TEST_SIGNING_SECRET,
      logger: createLogger('test', 'silent'),
    });
    expect((await known()).has(s.workspaceId)).toBe(true);
    await pause(6_000);

    const deal = (await s.airtable('GET', 'Deals?maxRecords=1')).records[0];
    await s.airtable('PATCH', `Deals/${deal.id}`, { fields: { 'Next Step': 'Call back' } });
    await pause(2_000);
    const seen = () => events.filter((e) => e.type === 'record.changed' && e.recordId === deal.id);
    expect(seen()).toHaveLength(0);

    await setSuspended(s.workspacesUrl, s.workspaceId, false);
    await expect.poll(() => seen().length, { timeout: 20_000, interval: 200 }).toBe(1);
  }, 60_000);
});
