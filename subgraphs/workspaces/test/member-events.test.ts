import { randomUUID } from 'node:crypto';
import { startLocalMailbox } from '@pyairtable/mail';
import { fetchAsGateway } from '@pyairtable/testing';
import { describe, expect, it, onTestFinished } from 'vitest';
import { startWorkspacesSubgraph } from './harness.ts';

const person = (name: string) => ({
  id: randomUUID(),
  email: `${name}-${randomUUID().slice(0, 6)}@example.com`,
});

const CREATE = `mutation { createWorkspace(input: { name: "Sales" }) { id } }`;
const INVITE = `mutation ($i: InviteMemberInput!) { inviteMember(input: $i) { token emailSent invitation { id } } }`;
const ACCEPT = `mutation ($t: String!) { acceptInvitation(token: $t) { id } }`;
const REMOVE = `mutation ($i: RemoveMemberInput!) { removeMember(input: $i) }`;

describe('workspaces: invitations by email and member events', () => {
  it('emails the invitee their link and announces invited, joined and removed', async () => {
    const mailbox = await startLocalMailbox();
    onTestFinished(() => mailbox.close());
    const s = await startWorkspacesSubgraph({
      env: { SMTP_URL: mailbox.smtpUrl, DASHBOARD_PUBLIC_URL: 'https://app.example.com' },
    });
    const heard = s.heard(['member.invited', 'member.joined', 'member.removed']);
    const owner = person('owner');
    const bob = person('bob');
    const workspaceId = (await s.as(owner)(CREATE)).data.createWorkspace.id;

    const invited = await s.as(owner)(INVITE, {
      i: { workspaceId, email: bob.email, role: 'EDITOR' },
    });
    const { token, emailSent } = invited.data.inviteMember;
    expect(emailSent).toBe(true);
    const email = await mailbox.waitFor((m) => m.to.includes(bob.email));
    expect(email.subject).toBe(`${owner.email} invited you to Sales`);
    expect(email.text).toContain(`https://app.example.com/invite/${token}`);
    expect(email.html).toContain(`https://app.example.com/invite/${token}`);

    await s.as(bob)(ACCEPT, { t: token });
    await s.as(owner)(REMOVE, { i: { workspaceId, userId: bob.id } });

    await expect.poll(() => heard.length).toBe(4);
    expect(heard.map((e) => e.type)).toEqual([
      'member.joined',
      'member.invited',
      'member.joined',
      'member.removed',
    ]);
    expect(heard[1]).toMatchObject({
      workspaceId,
      email: bob.email,
      role: 'EDITOR',
      invitedById: owner.id,
    });
    expect(heard[2]).toMatchObject({ workspaceId, userId: bob.id, role: 'EDITOR' });
    expect(heard[3]).toMatchObject({ workspaceId, userId: bob.id, removedById: owner.id });
    // The token travels in the email only, never on the bus.
    expect(JSON.stringify(heard)).not.toContain(token);
  });

  it('still invites when no mail server is set, saying the email was not sent', async () => {
    const s = await startWorkspacesSubgraph();
    const owner = person('owner');
    const workspaceId = (await s.as(owner)(CREATE)).data.createWorkspace.id;
    const invited = await s.as(owner)(INVITE, {
      i: { workspaceId, email: 'carol@example.com', role: 'VIEWER' },
    });
    expect(invited.data.inviteMember).toMatchObject({
      emailSent: false,
      token: expect.stringMatching(/^inv_/),
    });
  });

  it('lists a workspace’s members and roles to gateway-signed services only', async () => {
    const s = await startWorkspacesSubgraph();
    const owner = person('owner');
    const workspaceId = (await s.as(owner)(CREATE)).data.createWorkspace.id;
    const url = new URL('/internal/workspaces/members', s.url);
    const body = JSON.stringify({ workspaceId });
    const signed = await fetchAsGateway('workspaces', url, { body });
    expect(await signed.json()).toEqual({ members: [{ userId: owner.id, role: 'OWNER' }] });
    const unsigned = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(unsigned.status).toBe(401);
  });
});
