import { randomUUID } from 'node:crypto';
import { startWorkspacesSubgraph } from './harness.ts';

/** The workspaces subgraph on port 0 and a fresh database; runs operations as a person. */
export async function startWorkspaces() {
  const { as } = await startWorkspacesSubgraph();
  return (
    user: { id: string; email: string },
    query: string,
    variables: Record<string, unknown> = {},
  ) => as(user)(query, variables);
}

/** Someone the gateway signed in. */
export const person = (name: string) => ({ id: randomUUID(), email: `${name}@example.com` });

/** A workspace owned by `owner` with the others joined at the given roles. */
export async function workspaceWith(
  run: Awaited<ReturnType<typeof startWorkspaces>>,
  owner: { id: string; email: string },
  members: [{ id: string; email: string }, string][],
) {
  const ws = await run(owner, `mutation { createWorkspace(input: { name: "Team" }) { id } }`);
  const workspaceId = ws.data.createWorkspace.id as string;
  for (const [member, role] of members) {
    const inv = await run(
      owner,
      `mutation ($i: InviteMemberInput!) { inviteMember(input: $i) { token } }`,
      { i: { workspaceId, email: member.email, role } },
    );
    await run(member, `mutation ($t: String!) { acceptInvitation(token: $t) { id } }`, {
      t: inv.data.inviteMember.token,
    });
  }
  return workspaceId;
}

export type RunAs = Awaited<ReturnType<typeof startWorkspaces>>;
