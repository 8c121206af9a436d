import { describe, expect, it } from 'vitest';
import { person, startWorkspaces, workspaceWith } from './factories.ts';
const TRANSFER = `mutation ($i: TransferOwnershipInput!) { transferOwnership(input: $i) { id role } }`;
const LEAVE = `mutation ($id: ID!) { leaveWorkspace(workspaceId: $id) }`;
const CHANGE = `mutation ($i: ChangeMemberRoleInput!) { changeMemberRole(input: $i) { role } }`;
const REMOVE = `mutation ($i: RemoveMemberInput!) { removeMember(input: $i) }`;
const MEMBERS = `query ($id: ID!) { workspace(id: $id) { members { role user { id } } } }`;

describe('workspaces subgraph', () => {
  it('always keeps exactly one owner: the owner cannot leave, ownership transfers', async () => {
    const run = await startWorkspaces();
    const [owner, admin] = [person('owner'), person('admin')];
    const workspaceId = await workspaceWith(run, owner, [[admin, 'ADMIN']]);

    expect((await run(owner, LEAVE, { id: workspaceId })).errors?.[0]?.extensions?.code).toBe(
      'CONFLICT',
    );
    expect(
      (await run(admin, TRANSFER, { i: { workspaceId, userId: owner.id } })).errors?.[0]?.extensions
        ?.code,
    ).toBe('FORBIDDEN');

    const moved = await run(owner, TRANSFER, { i: { workspaceId, userId: admin.id } });
    expect(moved.errors).toBeUndefined();
    const members = (await run(admin, MEMBERS, { id: workspaceId })).data.workspace.members;
    expect(members.filter((m: any) => m.role === 'OWNER')).toEqual([
      { role: 'OWNER', user: { id: admin.id } },
    ]);
    expect(members.find((m: any) => m.user.id === owner.id).role).toBe('ADMIN');

    expect((await run(owner, LEAVE, { id: workspaceId })).data).toEqual({ leaveWorkspace: true });
  });

  it('lets admins manage members below them but never the owner', async () => {
    const run = await startWorkspaces();
    const [owner, admin, editor] = [person('o'), person('a'), person('e')];
    const workspaceId = await workspaceWith(run, owner, [
      [admin, 'ADMIN'],
      [editor, 'EDITOR'],
    ]);

    expect(
      (await run(admin, CHANGE, { i: { workspaceId, userId: editor.id, role: 'VIEWER' } })).data
        .changeMemberRole.role,
    ).toBe('VIEWER');
    expect(
      (await run(admin, CHANGE, { i: { workspaceId, userId: owner.id, role: 'VIEWER' } }))
        .errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await run(admin, CHANGE, { i: { workspaceId, userId: editor.id, role: 'OWNER' } }))
        .errors?.[0]?.extensions?.code,
    ).toBe('BAD_USER_INPUT');
    expect(
      (await run(admin, REMOVE, { i: { workspaceId, userId: owner.id } })).errors?.[0]?.extensions
        ?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await run(editor, REMOVE, { i: { workspaceId, userId: admin.id } })).errors?.[0]?.extensions
        ?.code,
    ).toBe('FORBIDDEN');
    expect((await run(admin, REMOVE, { i: { workspaceId, userId: editor.id } })).data).toEqual({
      removeMember: true,
    });
    expect((await run(editor, MEMBERS, { id: workspaceId })).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
  });

  it('deletes a workspace only for its owner', async () => {
    const run = await startWorkspaces();
    const [owner, admin] = [person('own'), person('adm')];
    const workspaceId = await workspaceWith(run, owner, [[admin, 'ADMIN']]);
    const DELETE = `mutation ($id: ID!) { deleteWorkspace(id: $id) }`;
    expect((await run(admin, DELETE, { id: workspaceId })).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await run(owner, DELETE, { id: workspaceId })).data).toEqual({ deleteWorkspace: true });
    expect((await run(owner, MEMBERS, { id: workspaceId })).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
  });

  it('shows an invitation preview and expires replaced invitations', async () => {
    const run = await startWorkspaces();
    const [owner, guest] = [person('host'), person('guest')];
    const workspaceId = await workspaceWith(run, owner, []);
    const INVITE = `mutation ($i: InviteMemberInput!) { inviteMember(input: $i) { token } }`;
    const first = (
      await run(owner, INVITE, { i: { workspaceId, email: guest.email, role: 'VIEWER' } })
    ).data.inviteMember.token;
    const second = (
      await run(owner, INVITE, { i: { workspaceId, email: guest.email, role: 'EDITOR' } })
    ).data.inviteMember.token;
    const PREVIEW = `query ($t: String!) { invitation(token: $t) { workspaceName email role } }`;
    expect((await run(guest, PREVIEW, { t: first })).data.invitation).toBeNull();
    expect((await run(guest, PREVIEW, { t: second })).data.invitation).toEqual({
      workspaceName: 'Team',
      email: guest.email,
      role: 'EDITOR',
    });
    const pending = await run(
      owner,
      `query ($id: ID!) { workspace(id: $id) { invitations { email role } } }`,
      { id: workspaceId },
    );
    expect(pending.data.workspace.invitations).toEqual([{ email: guest.email, role: 'EDITOR' }]);
  });
});
