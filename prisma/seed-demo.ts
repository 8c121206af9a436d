// The demo account and workspace a newcomer sees on `npm start` (embedded mode only).
// Seeded through the gateway's public API, so each domain keeps its own rules and data.

export const DEMO_ACCOUNT = {
  email: 'demo@example.com',
  password: 'demo-password',
  name: 'Demo User',
} as const;
export const DEMO_WORKSPACE = 'Demo';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- loosely typed GraphQL data
type Data = Record<string, any>;
type Result = {
  data?: Data | null;
  errors?: { message: string; extensions?: { code?: string } }[];
};

async function execute(
  gatewayUrl: string,
  query: string,
  variables: object,
  token?: string,
): Promise<Result> {
  const res = await fetch(gatewayUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as Result;
}

function fail(step: string, result: Result): never {
  throw new Error(
    `Demo seed failed to ${step}: ${result.errors?.map((e) => e.message).join('; ') ?? 'no data'}`,
  );
}

/** Ensures the demo user exists and owns a "Demo" workspace (with the demo Airtable base synced); safe to run on every start. */
export async function seedDemo(
  gatewayUrl: string,
  airtable?: { token: string; baseId: string },
): Promise<{ created: string[] }> {
  const created: string[] = [];
  const { email, password, name } = DEMO_ACCOUNT;
  let auth = await execute(
    gatewayUrl,
    'mutation ($i: LogInInput!) { logIn(input: $i) { accessToken } }',
    { i: { email, password } },
  );
  if (!auth.data) {
    auth = await execute(
      gatewayUrl,
      'mutation ($i: SignUpInput!) { signUp(input: $i) { accessToken } }',
      { i: { email, password, name } },
    );
    if (!auth.data) fail('create the demo user (was its password changed?)', auth);
    created.push('user');
  }
  const token = (auth.data.logIn ?? auth.data.signUp).accessToken as string;
  const me = await execute(gatewayUrl, 'query { me { workspaces { id name role } } }', {}, token);
  if (!me.data) fail('list workspaces', me);
  let workspace = (me.data.me.workspaces as { id: string; name: string; role: string }[]).find(
    (w) => w.name === DEMO_WORKSPACE && w.role === 'OWNER',
  );
  if (!workspace) {
    const ws = await execute(
      gatewayUrl,
      'mutation ($i: CreateWorkspaceInput!) { createWorkspace(input: $i) { id name role } }',
      { i: { name: DEMO_WORKSPACE } },
      token,
    );
    if (!ws.data) fail('create the Demo workspace', ws);
    workspace = ws.data.createWorkspace as { id: string; name: string; role: string };
    created.push('workspace');
  }
  if (airtable && (await connectDemoBase(gatewayUrl, token, workspace.id, airtable))) {
    created.push('airtable connection');
  }
  return { created };
}

/** Connects the demo workspace to airtable-local and syncs the demo base, unless already done. */
async function connectDemoBase(
  gatewayUrl: string,
  token: string,
  workspaceId: string,
  airtable: { token: string; baseId: string },
): Promise<boolean> {
  const existing = await execute(
    gatewayUrl,
    'query ($id: ID!) { base(id: $id) { id } }',
    { id: airtable.baseId },
    token,
  );
  if (existing.data?.base) return false;
  const connection = await execute(
    gatewayUrl,
    'mutation ($i: ConnectAirtableInput!) { connectAirtable(input: $i) { id } }',
    { i: { workspaceId, name: 'airtable-local (demo)', token: airtable.token } },
    token,
  );
  if (!connection.data) fail('connect the demo Airtable account', connection);
  const synced = await execute(
    gatewayUrl,
    'mutation ($i: SyncBaseInput!) { syncBase(input: $i) { id } }',
    { i: { connectionId: connection.data.connectAirtable.id, baseId: airtable.baseId } },
    token,
  );
  if (!synced.data) fail('sync the demo base', synced);
  return true;
}
