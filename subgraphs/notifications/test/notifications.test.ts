import { describe, expect, it } from 'vitest';
import { collect, startNotifications, waitUntilListening } from './harness.ts';

const COMMENT = `mutation ($b: ID!, $t: ID!, $r: ID!, $text: String!) {
  addRecordComment(baseId: $b, tableId: $t, recordId: $r, text: $text) { id }
}`;
const LIST = `query ($unread: Boolean) {
  notifications(first: 10, unreadOnly: $unread) {
    unreadCount
    edges { node { id kind title body url readAt data } }
  }
}`;
const SET_PREFERENCE = `mutation ($i: UpdateNotificationPreferenceInput!) {
  updateNotificationPreference(input: $i) { kind inApp email digest }
}`;
const ADDED = `subscription { notificationAdded { id kind title url } }`;

/** The kinds of a person's notifications, newest first (joining by invitation leaves one). */
const kindsOf = (res: any, kind?: string) =>
  res
    .data!.notifications.edges.map((e: any) => e.node.kind)
    .filter((k: string) => !kind || k === kind);

describe('notifications: in-app, live and by email', () => {
  it('tells a mentioned member at once on the live bell and by email, and marks it read', async () => {
    const s = await startNotifications();
    const ada = await s.signUp('Ada Lovelace');
    await s.join(ada, 'EDITOR');
    const stream = collect(await s.connect(ada), ADDED);
    await waitUntilListening(s, stream, ada);

    const deals = s.tableId('Deals');
    const deal = (await s.airtable('GET', 'Deals?maxRecords=1')).records[0];
    const commented = await s.gql(s.owner)(COMMENT, {
      b: s.baseId,
      t: deals,
      r: deal.id,
      text: 'Can you call them back, @"Ada Lovelace"?',
    });
    expect(commented.errors).toBeUndefined();

    const live = await stream.until((r) => r.data?.notificationAdded?.kind === 'MENTION');
    const url = `/w/${s.workspaceId}/b/${s.baseId}/t/${deals}?record=${deal.id}`;
    expect(live.data.notificationAdded).toMatchObject({
      kind: 'MENTION',
      title: 'Someone mentioned you in a comment',
      url,
    });

    const email = await s.mailbox.waitFor(
      (m) => m.to.includes(ada.email) && m.subject.includes('mentioned'),
    );
    expect(email.text).toContain(`https://app.example.com${url}`);
    expect(email.html).toContain('Open the record');
    expect(email.headers['list-unsubscribe']).toMatch(
      /^<https:\/\/app\.example\.com\/unsubscribe\?token=/,
    );

    const unread = await s.gql(ada)(LIST, { unread: true });
    const mention = unread.data!.notifications.edges.find(
      (e: any) => e.node.kind === 'MENTION',
    ).node;
    expect(mention).toMatchObject({ readAt: null, data: { recordId: deal.id } });
    const read = await s.gql(ada)(`mutation ($ids: [ID!]) { markNotificationsRead(ids: $ids) }`, {
      ids: [mention.id],
    });
    expect(read.data!.markNotificationsRead).toBe(1);
    const after = await s.gql(ada)(LIST, { unread: true });
    expect(after.data!.notifications.edges.map((e: any) => e.node.id)).not.toContain(mention.id);

    // Nobody else sees it, live or listed.
    const bob = await s.signUp('Bob Other');
    expect((await s.gql(bob)(LIST, {})).data!.notifications.edges).toEqual([]);
    expect(
      (await s.gql(bob)(`query ($id: ID!) { notification(id: $id) { id } }`, { id: mention.id }))
        .data!.notification,
    ).toBeNull();
  });

  it('respects preferences: no email when turned off, a daily digest when asked for', async () => {
    const s = await startNotifications();
    const ada = await s.signUp('Ada Lovelace');
    await s.join(ada, 'EDITOR');
    const set = await s.gql(ada)(SET_PREFERENCE, {
      i: { kind: 'MENTION', email: false, digest: true },
    });
    expect(set.data!.updateNotificationPreference).toEqual({
      kind: 'MENTION',
      inApp: true,
      email: false,
      digest: true,
    });
    const prefs = await s.gql(ada)(`{ notificationPreferences { kind inApp email digest } }`);
    expect(prefs.data!.notificationPreferences).toContainEqual({
      kind: 'SYNC_FAILED',
      inApp: true,
      email: true,
      digest: false,
    });

    const deal = (await s.airtable('GET', 'Deals?maxRecords=1')).records[0];
    await s.gql(s.owner)(COMMENT, {
      b: s.baseId,
      t: s.tableId('Deals'),
      r: deal.id,
      text: 'Thoughts, @ada?',
    });
    await expect
      .poll(async () => kindsOf(await s.gql(ada)(LIST, {}), 'MENTION'))
      .toEqual(['MENTION']);
    await s.notifications.emails.drain();
    expect(s.mailbox.messages().filter((m) => m.to.includes(ada.email))).toEqual([]);

    expect(await s.notifications.emails.sendDigestsNow()).toBe(1);
    const digest = await s.mailbox.waitFor((m) => m.to.includes(ada.email));
    expect(digest.subject).toBe('Your PyAirtable digest: 1 notification');
    expect(digest.text).toContain('mentioned you in a comment');

    // In-app off: nothing is listed for that kind any more.
    await s.gql(ada)(SET_PREFERENCE, { i: { kind: 'MENTION', inApp: false, digest: false } });
    await s.gql(s.owner)(COMMENT, {
      b: s.baseId,
      t: s.tableId('Deals'),
      r: deal.id,
      text: 'Again, @ada',
    });
    await s.notifications.emails.drain();
    expect(kindsOf(await s.gql(ada)(LIST, {}), 'MENTION')).toEqual(['MENTION']);
  });

  it('stops the emails an unsubscribe link names, with one click and no sign-in', async () => {
    const s = await startNotifications();
    const ada = await s.signUp('Ada Lovelace');
    await s.join(ada, 'EDITOR');
    const deal = (await s.airtable('GET', 'Deals?maxRecords=1')).records[0];
    await s.gql(s.owner)(COMMENT, { b: s.baseId, t: s.tableId('Deals'), r: deal.id, text: '@ada' });
    const email = await s.mailbox.waitFor((m) => m.to.includes(ada.email));
    const token = new URL(/<(.+)>/.exec(email.headers['list-unsubscribe']!)![1]!).searchParams.get(
      'token',
    );
    const done = await s.gql(null)(
      `mutation ($t: String!) { unsubscribeNotifications(token: $t) { email kind } }`,
      { t: token },
    );
    expect(done.data!.unsubscribeNotifications).toEqual({ email: ada.email, kind: 'MENTION' });
    const prefs = await s.gql(ada)(`{ notificationPreferences { kind email } }`);
    expect(prefs.data!.notificationPreferences).toContainEqual({ kind: 'MENTION', email: false });
    const forged = await s.gql(null)(
      `mutation ($t: String!) { unsubscribeNotifications(token: $t) { email } }`,
      { t: `${token!.split('.')[0]}.forged` },
    );
    expect(forged.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('tells the person a record is assigned to, from the record change log', async () => {
    const s = await startNotifications();
    const ada = await s.signUp('Ada Lovelace');
    await s.join(ada, 'EDITOR');
    const deals = s.tableId('Deals');
    const deal = (await s.airtable('GET', 'Deals?maxRecords=1')).records[0];
    await s.gql(s.owner)(
      `mutation ($b: ID!, $t: ID!, $r: [RecordUpdateInput!]!) { updateRecords(baseId: $b, tableId: $t, records: $r) { status } }`,
      { b: s.baseId, t: deals, r: [{ id: deal.id, fields: { Owner: { email: ada.email } } }] },
    );
    await s.notifications.ingest.catchUp();
    const listed = await s.gql(ada)(LIST, {});
    expect(listed.data!.notifications.edges.map((e: any) => e.node)).toContainEqual(
      expect.objectContaining({
        kind: 'ASSIGNMENT',
        title: `You were assigned “${deal.fields.Name}” in Deals`,
        url: `/w/${s.workspaceId}/b/${s.baseId}/t/${deals}?record=${deal.id}`,
      }),
    );
  });

  it('tells an invited address, which the person sees once they sign up with it', async () => {
    const s = await startNotifications();
    const admin = await s.signUp('Grace Hopper');
    await s.join(admin, 'ADMIN');
    const email = `carol-${Date.now()}@example.com`;
    await s.gql(admin)(`mutation ($i: InviteMemberInput!) { inviteMember(input: $i) { token } }`, {
      i: { workspaceId: s.workspaceId, email, role: 'VIEWER' },
    });
    const carol = { ...(await s.signUpAs('Carol Shaw', email)) };
    await expect
      .poll(async () =>
        (await s.gql(carol)(LIST, {})).data!.notifications.edges.map((e: any) => e.node.kind),
      )
      .toEqual(['INVITATION']);
    const [invitation] = (await s.gql(carol)(LIST, {})).data!.notifications.edges;
    expect(invitation.node.title).toBe('Grace Hopper invited you to a workspace');
  });

  it('tells the admins of a workspace about a failed sync and a disabled webhook', async () => {
    const s = await startNotifications();
    const admin = await s.signUp('Grace Hopper');
    await s.join(admin, 'ADMIN');
    const viewer = await s.signUp('Vic Viewer');
    await s.join(viewer, 'VIEWER');
    const { createEvent } = await import('@pyairtable/events');
    await s.events.publish(
      createEvent('sync.failed', {
        workspaceId: s.workspaceId,
        baseId: s.baseId,
        error: 'Token revoked',
      }),
    );
    await s.events.publish(
      createEvent('webhook.endpointDisabled', {
        workspaceId: s.workspaceId,
        endpointId: '6f1c1d43-6f7b-4c55-9d0e-2f6f1c1d4300',
        url: 'https://hooks.example.com/in',
        failingSince: new Date().toISOString(),
      }),
    );
    await expect
      .poll(async () => kindsOf(await s.gql(admin)(LIST, {})).sort())
      .toEqual(['INVITATION', 'SYNC_FAILED', 'WEBHOOK_DISABLED']);
    await s.mailbox.waitFor(
      (m) => m.to.includes(admin.email) && m.subject === 'A webhook endpoint was disabled',
    );

    // A budget crossing 80 % is told once per period, however many answers cross it.
    const reached = () =>
      createEvent('llm.budgetReached', {
        workspaceId: s.workspaceId,
        userId: viewer.id,
        budgetId: 'budget-1',
        budgetUserId: null,
        status: 'WARNING',
        period: 'MONTHLY',
        limitUsd: 10,
        spentUsd: 8.5,
        resetsAt: '2030-01-01T00:00:00.000Z',
      });
    await s.events.publish(reached());
    await s.events.publish(reached());
    await expect
      .poll(async () => kindsOf(await s.gql(admin)(LIST, {}), 'BUDGET_WARNING'))
      .toEqual(['BUDGET_WARNING']);
    await s.notifications.ingest.catchUp();
    expect(kindsOf(await s.gql(admin)(LIST, {}), 'BUDGET_WARNING')).toHaveLength(1);
    expect(kindsOf(await s.gql(viewer)(LIST, {}))).toEqual(['INVITATION']);
  });

  it("tells a workflow's owner its run failed, and the members its notify step names, once", async () => {
    const s = await startNotifications();
    const owner = await s.signUp('Olive Owner');
    await s.join(owner, 'EDITOR');
    const member = await s.signUp('Max Member');
    await s.join(member, 'VIEWER');
    const stranger = await s.signUp('Sam Stranger');
    const { createEvent } = await import('@pyairtable/events');
    const workflowId = '7a1c1d43-6f7b-4c55-9d0e-2f6f1c1d4301';
    const runId = '7a1c1d43-6f7b-4c55-9d0e-2f6f1c1d4302';
    await s.events.publish(
      createEvent('workflow.runFailed', {
        workspaceId: s.workspaceId,
        workflowId,
        workflowName: 'Kick-off',
        runId,
        ownerId: owner.id,
        failedStep: 'call',
        error: 'POST https://example.com answered 500.',
      }),
    );
    const message = () =>
      createEvent('workflow.notificationRequested', {
        workspaceId: s.workspaceId,
        workflowId,
        runId,
        key: `${runId}:tell`,
        userIds: [member.id, stranger.id],
        title: 'Deal won: Acme',
        body: 'Plan the kick-off.',
      });
    // A retried step asks twice with the same key.
    await s.events.publish(message());
    await s.events.publish(message());
    await expect
      .poll(async () => kindsOf(await s.gql(owner)(LIST, {}), 'WORKFLOW_FAILED'))
      .toEqual(['WORKFLOW_FAILED']);
    const [failed] = (await s.gql(owner)(LIST, {})).data!.notifications.edges;
    expect(failed.node.title).toBe('The workflow "Kick-off" failed');
    await expect
      .poll(async () => kindsOf(await s.gql(member)(LIST, {}), 'WORKFLOW_MESSAGE'))
      .toEqual(['WORKFLOW_MESSAGE']);
    await s.mailbox.waitFor((m) => m.to.includes(member.email) && m.subject === 'Deal won: Acme');
    // Not a member: nothing, however the step named them.
    expect(kindsOf(await s.gql(stranger)(LIST, {}), 'WORKFLOW_MESSAGE')).toEqual([]);
  });
});
