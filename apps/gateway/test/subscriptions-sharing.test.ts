import { allRegistered, collect, connectGraphqlWs, nextMatching } from '@pyairtable/testing';
import { describe, expect, it } from 'vitest';
import { startAirtableStack, tableId } from './airtable-stack.ts';
import { signUp } from './stack.ts';

const SUBSCRIPTION = `subscription ($b: ID!, $t: ID!) {
  recordChanged(baseId: $b, tableId: $t) { kind record { id fields createdBy { email } } }
}`;
const CREATE = `mutation ($b: ID!, $t: ID!, $r: [RecordInput!]!) { createRecords(baseId: $b, tableId: $t, records: $r) { status } }`;

async function resolutions(gatewayUrl: string) {
  const text = await (await fetch(new URL('/metrics', gatewayUrl))).text();
  return Number(/^gateway_subscription_resolutions_total (\d+)$/m.exec(text)![1]);
}

/** The demo stack with two viewers in the owner's workspace. */
async function workspaceWithViewers(gatewayEnv: Record<string, string>) {
  const s = await startAirtableStack({ gatewayEnv });
  const viewers = [];
  for (const name of ['Vera', 'Victor']) {
    const viewer = await signUp(s.stack, name);
    const invited = await s.stack.execute(
      `mutation ($i: InviteMemberInput!) { inviteMember(input: $i) { token } }`,
      { i: { workspaceId: s.workspaceId, email: viewer.email, role: 'VIEWER' } },
      s.owner.accessToken,
    );
    await s.stack.execute(
      `mutation ($t: String!) { acceptInvitation(token: $t) { id } }`,
      { t: invited.data!.inviteMember.token },
      viewer.accessToken,
    );
    viewers.push(viewer);
  }
  return { s, viewers, deals: await tableId(s, 'Deals') };
}

describe('subscriptions shared by permission, limited per workspace', () => {
  it('resolves an event once for members with the same role, and stops a removed member', async () => {
    const { s, viewers, deals } = await workspaceWithViewers({ MEMBERSHIP_CACHE_SECONDS: '0' });
    const streams = [s.owner, ...viewers].map((person) =>
      collect(connectGraphqlWs(s.stack.gatewayUrl, person.accessToken), SUBSCRIPTION, {
        b: s.baseId,
        t: deals,
      }),
    );
    const create = (name: string) =>
      s.stack.execute(
        CREATE,
        { b: s.baseId, t: deals, r: [{ fields: { Name: name } }] },
        s.owner.accessToken,
      );
    await allRegistered(streams);
    const named = (name: string) => (r: any) => r.data?.recordChanged?.record?.fields.Name === name;

    const before = await resolutions(s.stack.gatewayUrl);
    await create('Shared');
    const delivered = [];
    for (const stream of streams) delivered.push(await nextMatching(stream, named('Shared')));
    // The owner's answer is resolved as an owner; both viewers share one viewer resolution.
    expect((await resolutions(s.stack.gatewayUrl)) - before).toBe(2);
    for (const result of delivered)
      expect(result.data.recordChanged.record.createdBy.email).toBe(s.owner.email);

    const [, vera, victor] = streams;
    const removed = await s.stack.execute(
      `mutation ($i: RemoveMemberInput!) { removeMember(input: $i) }`,
      { i: { workspaceId: s.workspaceId, userId: viewers[1]!.user.id } },
      s.owner.accessToken,
    );
    expect(removed.data).toEqual({ removeMember: true });
    await create('After removal');
    await nextMatching(vera!, named('After removal'));
    const refusal = await nextMatching(victor!, (r) => r.errors?.length > 0);
    expect(refusal.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(victor!.results.some(named('After removal'))).toBe(false);
    await victor!.next(victor!.results.length + 1); // then the stream completes
    expect(victor!.completed).toBe(true);
  });

  it("resolves per person a selection that depends on who asks, so no one gets another's workspaces", async () => {
    const { s, viewers, deals } = await workspaceWithViewers({});
    // Each viewer also shares a private workspace with the owner, who creates the records.
    for (const viewer of viewers) {
      const ws = await s.stack.execute(
        `mutation ($i: CreateWorkspaceInput!) { createWorkspace(input: $i) { id } }`,
        { i: { name: `${viewer.user.email} team` } },
        s.owner.accessToken,
      );
      const invited = await s.stack.execute(
        `mutation ($i: InviteMemberInput!) { inviteMember(input: $i) { token } }`,
        { i: { workspaceId: ws.data!.createWorkspace.id, email: viewer.email, role: 'VIEWER' } },
        s.owner.accessToken,
      );
      await s.stack.execute(
        `mutation ($t: String!) { acceptInvitation(token: $t) { id } }`,
        { t: invited.data!.inviteMember.token },
        viewer.accessToken,
      );
    }
    const PERSONAL = `subscription ($b: ID!, $t: ID!) {
      recordChanged(baseId: $b, tableId: $t) {
        record { fields createdBy { workspaces { name members { user { email } } } } }
      }
    }`;
    const streams = viewers.map((viewer) =>
      collect(connectGraphqlWs(s.stack.gatewayUrl, viewer.accessToken), PERSONAL, {
        b: s.baseId,
        t: deals,
      }),
    );
    await allRegistered(streams);
    const before = await resolutions(s.stack.gatewayUrl);
    await s.stack.execute(
      CREATE,
      { b: s.baseId, t: deals, r: [{ fields: { Name: 'Personal' } }] },
      s.owner.accessToken,
    );
    for (const [i, viewer] of viewers.entries()) {
      const other = viewers[1 - i]!;
      const result = await nextMatching(
        streams[i]!,
        (r) => r.data?.recordChanged?.record?.fields.Name === 'Personal',
      );
      const workspaces = result.data.recordChanged.record.createdBy.workspaces as {
        name: string;
        members: { user: { email: string } }[];
      }[];
      expect(workspaces.map((w) => w.name).sort()).toEqual(
        ['Sales', `${viewer.user.email} team`].sort(),
      );
      const team = workspaces.find((w) => w.name !== 'Sales')!;
      expect(team.members.map((m) => m.user.email).sort()).toEqual(
        [s.owner.email, viewer.email].sort(),
      );
      expect(JSON.stringify(workspaces)).not.toContain(`${other.user.email} team`);
    }
    expect((await resolutions(s.stack.gatewayUrl)) - before).toBe(2);
  });

  it('resolves per subscriber when sharing is off', async () => {
    const { s, viewers, deals } = await workspaceWithViewers({ SUBSCRIPTION_SHARING: 'false' });
    const streams = viewers.map((person) =>
      collect(connectGraphqlWs(s.stack.gatewayUrl, person.accessToken), SUBSCRIPTION, {
        b: s.baseId,
        t: deals,
      }),
    );
    const create = (name: string) =>
      s.stack.execute(
        CREATE,
        { b: s.baseId, t: deals, r: [{ fields: { Name: name } }] },
        s.owner.accessToken,
      );
    await allRegistered(streams);
    const named = (name: string) => (r: any) => r.data?.recordChanged?.record?.fields.Name === name;
    const before = await resolutions(s.stack.gatewayUrl);
    await create('Apart');
    for (const stream of streams) await nextMatching(stream, named('Apart'));
    expect((await resolutions(s.stack.gatewayUrl)) - before).toBe(2);
  });

  it('refuses a workspace more live subscriptions than its limit, and frees the slot on completion', async () => {
    const { s, viewers, deals } = await workspaceWithViewers({
      MAX_SUBSCRIPTIONS_PER_WORKSPACE: '2',
    });
    const create = (name: string) =>
      s.stack.execute(
        CREATE,
        { b: s.baseId, t: deals, r: [{ fields: { Name: name } }] },
        s.owner.accessToken,
      );
    const subscribe = (person: { accessToken: string }) =>
      collect(connectGraphqlWs(s.stack.gatewayUrl, person.accessToken), SUBSCRIPTION, {
        b: s.baseId,
        t: deals,
      });
    const first = subscribe(s.owner);
    const second = subscribe(viewers[0]!);
    await allRegistered([first, second]);
    const third = subscribe(viewers[1]!);
    await third.next(1);
    expect(third.results[0].errors[0].extensions.code).toBe('RATE_LIMITED');

    first.dispose();
    // The slot frees once the gateway has processed the completion, which it does not
    // announce: subscribe again until one is acknowledged rather than refused.
    let admitted: ReturnType<typeof subscribe> | undefined;
    for (let i = 0; i < 20 && !admitted; i++) {
      const retry = subscribe(viewers[1]!);
      const refused = retry.next(1).then(() => false);
      if (await Promise.race([retry.registered.then(() => true), refused])) admitted = retry;
    }
    expect(admitted).toBeDefined();
    await create('Admitted');
    await nextMatching(admitted!, (r) => r.data?.recordChanged?.record?.fields.Name === 'Admitted');
  });
});
