import { randomUUID } from 'node:crypto';
import { DEMO_ACCOUNT } from '@pyairtable/data';
import {
  collect,
  connectGraphqlWs,
  createPlatformDatabases,
  nextMatching,
  createTestDatabase,
  postGraphQL,
  testEnv,
  type GraphQLResponse,
} from '@pyairtable/testing';
import { startPlatform } from '../src/start-platform.ts';

/** Who calls, from least to most access. */
export const CALLERS = ['anonymous', 'outsider', 'viewer', 'editor', 'admin', 'owner'] as const;
export type CallerName = (typeof CALLERS)[number];

export interface Person {
  id: string;
  email: string;
  token: string;
}

/**
 * The whole platform (every subgraph, the gateway, the MCP server) with the demo workspace and
 * base, a member of each role, an outsider with a workspace of their own, and a fixture of
 * grants and rules: viewers never see Amount and see only Won deals.
 */
export async function startAccessFixture() {
  const platform = await startPlatform({
    env: {
      ...testEnv,
      ...(await createPlatformDatabases()),
      EVENTS_DATABASE_URL: await createTestDatabase('airtable'),
      POSTGRES_URL: 'postgres://unused@127.0.0.1:1/postgres',
      SEED_DEMO: 'true',
      // Endpoints of the matrix point at a closed local port.
      WEBHOOKS_ALLOW_HOSTS: '127.0.0.1',
    },
    ephemeralPorts: true,
  });
  const gql = <T = Record<string, any>>(
    query: string,
    variables: Record<string, unknown> = {},
    token?: string,
  ): Promise<GraphQLResponse<T>> =>
    postGraphQL<T>(
      platform.gatewayUrl,
      query,
      variables,
      token ? { authorization: `Bearer ${token}` } : {},
    );
  const must = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const res = await gql(query, variables, token);
    if (res.errors?.length || !res.data) throw new Error(`${query}: ${JSON.stringify(res.errors)}`);
    return res.data;
  };

  const signUp = async (name: string): Promise<Person> => {
    const email = `${name}-${randomUUID().slice(0, 8)}@example.com`;
    const data = await must(
      `mutation ($i: SignUpInput!) { signUp(input: $i) { accessToken user { id } } }`,
      { i: { email, password: 'correct horse battery', name } },
    );
    return { id: data.signUp.user.id, email, token: data.signUp.accessToken };
  };
  const logIn = await must(
    `mutation ($i: LogInInput!) { logIn(input: $i) { accessToken user { id } } }`,
    { i: { email: DEMO_ACCOUNT.email, password: DEMO_ACCOUNT.password } },
  );
  const owner: Person = {
    id: logIn.logIn.user.id,
    email: DEMO_ACCOUNT.email,
    token: logIn.logIn.accessToken,
  };
  const mine = await must(
    `query { me { workspaces { id bases { id } airtableConnections { id } } } }`,
    {},
    owner.token,
  );
  const workspaceId = mine.me.workspaces[0].id as string;
  const baseId = mine.me.workspaces[0].bases[0].id as string;
  // The demo base syncs in the background: listen first, then look, so READY is never missed.
  const listener = connectGraphqlWs(platform.gatewayUrl, owner.token);
  const progress = collect(
    listener,
    `subscription ($b: ID!) { syncProgress(baseId: $b) { state } }`,
    { b: baseId },
  );
  await progress.registered;
  const state = await must(
    `query ($b: ID!) { base(id: $b) { sync { state } } }`,
    { b: baseId },
    owner.token,
  );
  if (state.base.sync.state !== 'READY')
    await nextMatching(progress, (r) => r.data?.syncProgress?.state === 'READY');
  progress.dispose();
  await listener.dispose();

  /** Makes `person` a member of a workspace with `role`. */
  const join = async (workspace: string, person: Person, role: string) => {
    const invite = await must(
      `mutation ($i: InviteMemberInput!) { inviteMember(input: $i) { token } }`,
      { i: { workspaceId: workspace, email: person.email, role } },
      owner.token,
    );
    await must(
      `mutation ($t: String!) { acceptInvitation(token: $t) { id } }`,
      { t: invite.inviteMember.token },
      person.token,
    );
  };
  const people = {
    outsider: await signUp('outsider'),
    viewer: await signUp('viewer'),
    editor: await signUp('editor'),
    admin: await signUp('admin'),
    owner,
  };
  await must(
    `mutation { createWorkspace(input: { name: "Elsewhere" }) { id } }`,
    {},
    people.outsider.token,
  );
  for (const role of ['viewer', 'editor', 'admin'] as const)
    await join(workspaceId, people[role], role.toUpperCase());
  await must(
    `mutation ($i: SetFieldAccessInput!) { setFieldAccess(input: $i) { id } }`,
    { i: { baseId, tableId: 'Deals', field: 'Amount', role: 'VIEWER', access: 'HIDDEN' } },
    owner.token,
  );
  await must(
    `mutation ($i: SetRowRuleInput!) { setRowRule(input: $i) { id } }`,
    { i: { baseId, tableId: 'Deals', role: 'VIEWER', formula: "{Stage} = 'Won'" } },
    owner.token,
  );
  const deals = await must(
    `query ($b: ID!) {
      won: records(baseId: $b, tableId: "Deals", filterByFormula: "{Stage} = 'Won'", first: 1) { edges { node { id } } }
      lead: records(baseId: $b, tableId: "Deals", filterByFormula: "{Stage} = 'Lead'", first: 1) { edges { node { id } } }
    }`,
    { b: baseId },
    owner.token,
  );

  /** A workspace of its own with the viewer, editor and admin as members, for destructive calls. */
  const team = async () => {
    const data = await must(
      `mutation { createWorkspace(input: { name: "Spare" }) { id } }`,
      {},
      owner.token,
    );
    const id = data.createWorkspace.id as string;
    for (const role of ['viewer', 'editor', 'admin'] as const)
      await join(id, people[role], role.toUpperCase());
    return id;
  };

  return {
    platform,
    gql,
    must,
    people,
    token: (caller: CallerName) => (caller === 'anonymous' ? undefined : people[caller].token),
    workspaceId,
    baseId,
    wonDealId: deals.won.edges[0].node.id as string,
    leadDealId: deals.lead.edges[0].node.id as string,
    team,
    stop: () => platform.stop(),
  };
}

export type AccessFixture = Awaited<ReturnType<typeof startAccessFixture>>;
