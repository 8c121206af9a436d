import { randomUUID } from 'node:crypto';
import { createLogger } from '@pyairtable/subgraph-kit';
import { createTestDatabase, gatewayHeaders, postGraphQL, testEnv } from '@pyairtable/testing';
import { describe, expect, it, onTestFinished } from 'vitest';
import { loadWorkspacesConfig } from '../src/config.ts';
import { createWorkspacesDb } from '../src/db.ts';
import { createWorkspacesSubgraph } from '../src/subgraph.ts';

async function startWorkspaces() {
  const config = loadWorkspacesConfig({
    ...testEnv,
    DATABASE_URL: await createTestDatabase('workspaces'),
  });
  const db = createWorkspacesDb(config.DATABASE_URL);
  const server = await createWorkspacesSubgraph({
    config,
    db,
    logger: createLogger('workspaces', 'silent'),
    clock: () => new Date(),
  }).listen(0);
  onTestFinished(async () => {
    await server.close();
    await db.close();
  });
  return (user: { id: string; email: string }, query: string, variables = {}) =>
    postGraphQL<any>(
      server.url,
      query,
      variables,
      gatewayHeaders({ userId: user.id, email: user.email }),
    );
}

const person = (name: string) => ({ id: randomUUID(), email: `${name}@example.com` });

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
