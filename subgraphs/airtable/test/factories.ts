import { randomUUID } from 'node:crypto';
import { postAsGateway } from '@pyairtable/testing';

/** Someone the gateway has signed in (identity is not needed: the gateway vouches for them). */
export interface Person {
  id: string;
  email: string;
}

/** People and workspaces for airtable subgraph tests, made through the workspaces subgraph. */
export function createFactories(options: { workspacesUrl: string }) {
  const workspaces = (person: Person, query: string, variables: Record<string, unknown>) =>
    postAsGateway<any>(
      'workspaces',
      new URL('/graphql', options.workspacesUrl).toString(),
      query,
      variables,
      { userId: person.id, email: person.email },
    );

  function person(name: string): Person {
    return {
      id: randomUUID(),
      email: `${name.toLowerCase()}-${randomUUID().slice(0, 8)}@example.com`,
    };
  }

  /** A new workspace owned by `owner`. */
  async function workspace(owner: Person): Promise<string> {
    const res = await workspaces(
      owner,
      `mutation { createWorkspace(input: { name: "Sales" }) { id } }`,
      {},
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.createWorkspace.id as string;
  }

  /** A new person who joined the owner's workspace with `role`. */
  async function member(
    where: { owner: Person; workspaceId: string },
    role: 'ADMIN' | 'EDITOR' | 'VIEWER',
  ): Promise<Person> {
    const joiner = person(role);
    const invite = await workspaces(
      where.owner,
      `mutation ($i: InviteMemberInput!) { inviteMember(input: $i) { token } }`,
      { i: { workspaceId: where.workspaceId, email: joiner.email, role } },
    );
    const accepted = await workspaces(
      joiner,
      `mutation ($t: String!) { acceptInvitation(token: $t) { id } }`,
      { t: invite.data.inviteMember.token },
    );
    if (!accepted.data) throw new Error(JSON.stringify(accepted.errors));
    return joiner;
  }

  return { person, workspace, member };
}
