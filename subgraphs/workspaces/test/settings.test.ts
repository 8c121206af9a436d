import { describe, expect, it } from 'vitest';
import { person, startWorkspaces } from './factories.ts';

const SETTINGS = `query ($id: ID!) { workspace(id: $id) { settings { requireWriteConfirmation } } }`;
const UPDATE = `mutation ($i: UpdateWorkspaceSettingsInput!) {
  updateWorkspaceSettings(input: $i) { settings { requireWriteConfirmation } } }`;

describe('workspace settings', () => {
  it('lets admins require write confirmation, members read it, and no one else change it', async () => {
    const run = await startWorkspaces();
    const owner = person('owner');
    const editor = person('editor');
    const outsider = person('outsider');
    const workspaceId = (
      await run(owner, `mutation { createWorkspace(input: { name: "T" }) { id } }`)
    ).data.createWorkspace.id;
    const invite = await run(
      owner,
      `mutation ($i: InviteMemberInput!) { inviteMember(input: $i) { token } }`,
      { i: { workspaceId, email: editor.email, role: 'EDITOR' } },
    );
    await run(editor, `mutation ($t: String!) { acceptInvitation(token: $t) { id } }`, {
      t: invite.data.inviteMember.token,
    });

    expect((await run(editor, SETTINGS, { id: workspaceId })).data.workspace.settings).toEqual({
      requireWriteConfirmation: false,
    });
    const refused = await run(editor, UPDATE, {
      i: { workspaceId, requireWriteConfirmation: true },
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const stranger = await run(outsider, UPDATE, {
      i: { workspaceId, requireWriteConfirmation: true },
    });
    expect(stranger.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const updated = await run(owner, UPDATE, {
      i: { workspaceId, requireWriteConfirmation: true },
    });
    expect(updated.data.updateWorkspaceSettings.settings).toEqual({
      requireWriteConfirmation: true,
    });
    // Omitting a setting keeps it.
    const kept = await run(owner, UPDATE, { i: { workspaceId } });
    expect(kept.data.updateWorkspaceSettings.settings).toEqual({ requireWriteConfirmation: true });
    expect((await run(editor, SETTINGS, { id: workspaceId })).data.workspace.settings).toEqual({
      requireWriteConfirmation: true,
    });
  });
});
