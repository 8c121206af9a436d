import { describe, expect, it } from 'vitest';
import { signUp, useStack } from './stack.ts';

const LOG_IN = `mutation ($input: LogInInput!) { logIn(input: $input) { accessToken refreshToken user { id email name } } }`;
const CREATE_WORKSPACE = `mutation ($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id name role } }`;
const INVITE = `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { token invitation { id email role expiresAt } } }`;
const ACCEPT = `mutation ($token: String!) { acceptInvitation(token: $token) { id name role } }`;
const ME = `query { me { id email name workspaces { id name role members { role user { email name } } } } }`;

describe('onboarding through the gateway', () => {
  it('signs up, logs in, creates a workspace, invites, accepts, and sees members across subgraphs', async () => {
    const stack = await useStack();
    const owner = await signUp(stack, 'Olivia');
    const invitee = await signUp(stack, 'Ivan');

    const login = await stack.execute(LOG_IN, {
      input: { email: owner.email.toUpperCase(), password: owner.password },
    });
    expect(login.errors).toBeUndefined();
    const token = login.data!.logIn.accessToken as string;
    expect(login.data!.logIn.user.email).toBe(owner.email);

    const created = await stack.execute(
      CREATE_WORKSPACE,
      { input: { name: '  Acme Sales ' } },
      token,
    );
    expect(created.data!.createWorkspace).toMatchObject({ name: 'Acme Sales', role: 'OWNER' });
    const workspaceId = created.data!.createWorkspace.id as string;

    const invited = await stack.execute(
      INVITE,
      { input: { workspaceId, email: invitee.email, role: 'EDITOR' } },
      token,
    );
    expect(invited.errors).toBeUndefined();
    expect(invited.data!.inviteMember.invitation).toMatchObject({
      email: invitee.email,
      role: 'EDITOR',
    });

    const accepted = await stack.execute(
      ACCEPT,
      { token: invited.data!.inviteMember.token },
      invitee.accessToken,
    );
    expect(accepted.data!.acceptInvitation).toEqual({
      id: workspaceId,
      name: 'Acme Sales',
      role: 'EDITOR',
    });

    const me = await stack.execute(ME, {}, invitee.accessToken);
    expect(me.errors).toBeUndefined();
    expect(me.data!.me.workspaces).toEqual([
      {
        id: workspaceId,
        name: 'Acme Sales',
        role: 'EDITOR',
        members: [
          { role: 'OWNER', user: { email: owner.email, name: 'Olivia' } },
          { role: 'EDITOR', user: { email: invitee.email, name: 'Ivan' } },
        ],
      },
    ]);
  });

  it('refuses an invitation accepted by someone whose email was not invited, and a reused token', async () => {
    const stack = await useStack();
    const owner = await signUp(stack, 'Olga');
    const invitee = await signUp(stack, 'Ines');
    const stranger = await signUp(stack, 'Sam');
    const ws = await stack.execute(
      CREATE_WORKSPACE,
      { input: { name: 'Private' } },
      owner.accessToken,
    );
    const workspaceId = ws.data!.createWorkspace.id;
    const invited = await stack.execute(
      INVITE,
      { input: { workspaceId, email: invitee.email, role: 'VIEWER' } },
      owner.accessToken,
    );
    const token = invited.data!.inviteMember.token;

    const wrong = await stack.execute(ACCEPT, { token }, stranger.accessToken);
    expect(wrong.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    expect((await stack.execute(ACCEPT, { token }, invitee.accessToken)).errors).toBeUndefined();
    const again = await stack.execute(ACCEPT, { token }, invitee.accessToken);
    expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('rejects a duplicate sign-up and weak input with clear codes', async () => {
    const stack = await useStack();
    const first = await signUp(stack, 'Dora');
    const dup = await stack.execute(
      `mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken } }`,
      { input: { email: first.email, password: 'another long password', name: 'Dora 2' } },
    );
    expect(dup.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const weak = await stack.execute(
      `mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken } }`,
      { input: { email: 'not-an-email', password: 'short', name: 'X' } },
    );
    expect(weak.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
  });
});
