import { readFileSync } from 'node:fs';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { collect, connectGraphqlWs, type GraphQLResponse } from '@pyairtable/testing';
import { buildSchema, type GraphQLObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CALLERS,
  startAccessFixture,
  type AccessFixture,
  type CallerName,
} from './access-fixture.ts';
import {
  aCompany,
  FIELDS,
  ownerImport,
  ownerRun,
  ownerWorkflow,
  type Outcome,
} from './access-matrix-specs.ts';

const API_SCHEMA = new URL('../../../packages/graph-tools/api-schema.graphql', import.meta.url);
const schema = buildSchema(readFileSync(API_SCHEMA, 'utf8'));
const rootFields = (type: 'Query' | 'Mutation' | 'Subscription') =>
  Object.keys((schema.getType(type) as GraphQLObjectType).getFields());

let fx: AccessFixture;
beforeAll(async () => {
  fx = await startAccessFixture();
}, 120_000);
afterAll(() => fx?.stop());

function outcomeOf(res: GraphQLResponse<any>, field: string): Outcome {
  const code = res.errors?.[0]?.extensions?.code;
  if (code) return String(code);
  if (res.errors?.length) return 'ERROR';
  return res.data?.[field] === null ? 'null' : 'ok';
}

const SUBSCRIPTIONS: Record<
  string,
  {
    query: string;
    variables: (fx: AccessFixture) => Promise<object> | object;
    expect: Record<CallerName, string>;
  }
> = {
  recordChanged: {
    query: `subscription ($b: ID!) { recordChanged(baseId: $b, tableId: "Deals") { kind } }`,
    variables: (f) => ({ b: f.baseId }),
    expect: {
      anonymous: '4403',
      outsider: 'NOT_FOUND',
      viewer: 'ok',
      editor: 'ok',
      admin: 'ok',
      owner: 'ok',
    },
  },
  tableSchemaChanged: {
    query: `subscription ($b: ID!) { tableSchemaChanged(baseId: $b) { tableId } }`,
    variables: (f) => ({ b: f.baseId }),
    expect: {
      anonymous: '4403',
      outsider: 'NOT_FOUND',
      viewer: 'ok',
      editor: 'ok',
      admin: 'ok',
      owner: 'ok',
    },
  },
  syncProgress: {
    query: `subscription ($b: ID!) { syncProgress(baseId: $b) { state } }`,
    variables: (f) => ({ b: f.baseId }),
    expect: {
      anonymous: '4403',
      outsider: 'NOT_FOUND',
      viewer: 'ok',
      editor: 'ok',
      admin: 'ok',
      owner: 'ok',
    },
  },
  conversationUpdated: {
    query: `subscription ($c: ID!) { conversationUpdated(conversationId: $c) { kind } }`,
    variables: async (f) => {
      const data = await f.must(
        `mutation ($i: StartConversationInput!) { startConversation(input: $i) { id } }`,
        { i: { workspaceId: f.workspaceId } },
        f.people.owner.token,
      );
      return { c: data.startConversation.id };
    },
    expect: {
      anonymous: '4403',
      outsider: 'NOT_FOUND',
      viewer: 'NOT_FOUND',
      editor: 'NOT_FOUND',
      admin: 'NOT_FOUND',
      owner: 'ok',
    },
  },
  importProgress: {
    query: `subscription ($j: ID!) { importProgress(jobId: $j) { status } }`,
    variables: async (f) => ({ j: await ownerImport(f) }),
    expect: {
      anonymous: '4403',
      outsider: 'NOT_FOUND',
      viewer: 'ok',
      editor: 'ok',
      admin: 'ok',
      owner: 'ok',
    },
  },
  workflowRunUpdated: {
    query: `subscription ($w: ID!) { workflowRunUpdated(workflowId: $w) { status } }`,
    variables: async (f) => ({ w: await ownerWorkflow(f) }),
    expect: {
      anonymous: '4403',
      outsider: 'NOT_FOUND',
      viewer: 'ok',
      editor: 'ok',
      admin: 'ok',
      owner: 'ok',
    },
  },
  notificationAdded: {
    query: `subscription { notificationAdded { id } }`,
    variables: () => ({}),
    expect: {
      anonymous: '4403',
      outsider: 'ok',
      viewer: 'ok',
      editor: 'ok',
      admin: 'ok',
      owner: 'ok',
    },
  },
};

describe('who may subscribe to what', () => {
  it('has a decision written down for every subscription', () => {
    expect(rootFields('Subscription').filter((f) => !SUBSCRIPTIONS[f])).toEqual([]);
  });

  it('admits each caller as decided', async () => {
    const mismatches: string[] = [];
    for (const [field, spec] of Object.entries(SUBSCRIPTIONS)) {
      for (const caller of CALLERS) {
        const client = connectGraphqlWs(fx.platform.gatewayUrl, fx.token(caller) ?? null);
        const stream = collect(
          client,
          spec.query,
          (await spec.variables(fx)) as Record<string, unknown>,
        );
        const got = await Promise.race([
          stream.registered.then(() => 'ok'),
          stream.next(1).then(() => {
            const error = stream.errors[0] as { code?: number } | undefined;
            if (error?.code) return String(error.code);
            return String(stream.results[0]?.errors?.[0]?.extensions?.code ?? 'ERROR');
          }),
        ]);
        stream.dispose();
        if (got !== spec.expect[caller])
          mismatches.push(`${field} as ${caller}: expected ${spec.expect[caller]}, got ${got}`);
      }
    }
    expect(mismatches).toEqual([]);
  }, 120_000);
});

/** A freshly created Won deal (viewers may see it), for writes that consume their target. */
async function spareDeal(f: AccessFixture) {
  const data = await f.must(
    `mutation ($b: ID!, $r: [RecordInput!]!) { createRecords(baseId: $b, tableId: "Deals", records: $r) { records { id } } }`,
    { b: f.baseId, r: [{ fields: { Name: 'Spare', Stage: 'Won' } }] },
    f.people.owner.token,
  );
  return data.createRecords.records[0].id as string;
}

type Route = {
  method: string;
  path: (f: AccessFixture) => Promise<string> | string;
  body?: unknown;
  expect: Record<CallerName, number>;
  check?: (body: any, caller: CallerName, f: AccessFixture) => void;
};
const READ = { anonymous: 401, outsider: 403, viewer: 200, editor: 200, admin: 200, owner: 200 };
const WRITE = { anonymous: 401, outsider: 403, viewer: 403, editor: 200, admin: 200, owner: 200 };
const viewerSeesOnlyWon = (body: any, caller: CallerName) => {
  if (caller !== 'viewer') return;
  if (body.records.some((r: any) => 'Amount' in r.fields || r.fields.Stage !== 'Won'))
    throw new Error('a viewer saw a hidden field or a row outside their rule');
};
const ROUTES: Record<string, Route> = {
  'GET meta/bases': {
    method: 'GET',
    path: () => '/v0/meta/bases',
    expect: { ...READ, outsider: 200 },
    check: (body, caller, f) => {
      const listed = body.bases.some((b: any) => b.id === f.baseId);
      if (listed !== (caller !== 'outsider'))
        throw new Error(`the base was ${listed ? '' : 'not '}listed`);
    },
  },
  'GET meta/bases/:base/tables': {
    method: 'GET',
    path: (f) => `/v0/meta/bases/${f.baseId}/tables`,
    expect: READ,
    check: (body, caller) => {
      const deals = body.tables.find((t: any) => t.name === 'Deals');
      if (caller === 'viewer' && deals.fields.some((x: any) => x.name === 'Amount'))
        throw new Error('a viewer saw a hidden field in the schema');
    },
  },
  'GET :base/:table': {
    method: 'GET',
    path: (f) => `/v0/${f.baseId}/Deals?pageSize=100`,
    expect: READ,
    check: viewerSeesOnlyWon,
  },
  'POST :base/:table/listRecords': {
    method: 'POST',
    path: (f) => `/v0/${f.baseId}/Deals/listRecords`,
    body: { pageSize: 100 },
    expect: READ,
    check: viewerSeesOnlyWon,
  },
  'GET :base/:table/:record': {
    method: 'GET',
    path: (f) => `/v0/${f.baseId}/Deals/${f.wonDealId}`,
    expect: READ,
  },
  'GET :base/:table/:record outside the rule': {
    method: 'GET',
    path: (f) => `/v0/${f.baseId}/Deals/${f.leadDealId}`,
    expect: { ...READ, viewer: 404 },
  },
  'POST :base/:table': {
    method: 'POST',
    path: (f) => `/v0/${f.baseId}/Deals`,
    body: { fields: { Name: 'Via REST', Stage: 'Won' } },
    expect: WRITE,
  },
  'PATCH :base/:table/:record': {
    method: 'PATCH',
    path: (f) => `/v0/${f.baseId}/Deals/${f.wonDealId}`,
    body: { fields: { 'Next Step': 'Via REST' } },
    expect: WRITE,
  },
  'PUT :base/:table/:record': {
    method: 'PUT',
    path: async (f) => `/v0/${f.baseId}/Deals/${await spareDeal(f)}`,
    body: { fields: { Name: 'Replaced', Stage: 'Won' } },
    expect: WRITE,
  },
  'DELETE :base/:table/:record': {
    method: 'DELETE',
    path: async (f) => `/v0/${f.baseId}/Deals/${await spareDeal(f)}`,
    expect: WRITE,
  },
};

describe('who may use the Airtable-compatible REST API', () => {
  it("answers each caller as decided, on every route, in Airtable's statuses", async () => {
    const origin = new URL(fx.platform.gatewayUrl).origin;
    const mismatches: string[] = [];
    for (const [name, route] of Object.entries(ROUTES)) {
      for (const caller of CALLERS) {
        const token = fx.token(caller);
        const res = await fetch(origin + (await route.path(fx)), {
          method: route.method,
          headers: {
            'content-type': 'application/json',
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
          body: route.body === undefined ? undefined : JSON.stringify(route.body),
        });
        const body = await res.json();
        if (res.status !== route.expect[caller])
          mismatches.push(
            `${name} as ${caller}: expected ${route.expect[caller]}, got ${res.status} ${JSON.stringify(body).slice(0, 120)}`,
          );
        else if (res.status === 200)
          try {
            route.check?.(body, caller, fx);
          } catch (error) {
            mismatches.push(`${name} as ${caller}: ${(error as Error).message}`);
          }
      }
    }
    expect(mismatches).toEqual([]);
  }, 180_000);
});

type ToolSpec = {
  args: (f: AccessFixture) => Promise<Record<string, unknown>> | Record<string, unknown>;
  expect: Record<CallerName, string>;
  check?: (text: string, caller: CallerName) => void;
};
const TOOL_READ = {
  anonymous: 'UNAUTHENTICATED',
  outsider: 'NOT_FOUND',
  viewer: 'ok',
  editor: 'ok',
  admin: 'ok',
  owner: 'ok',
};
const TOOL_WRITE = { ...TOOL_READ, viewer: 'FORBIDDEN' };
const TOOL_ADMIN = { ...TOOL_WRITE, editor: 'FORBIDDEN' };
const noHiddenAmount = (text: string, caller: CallerName) => {
  if (caller === 'viewer' && text.includes('"Amount"'))
    throw new Error('a viewer saw the hidden Amount field');
};
const base = (f: AccessFixture) => ({ baseId: f.baseId });
const deals = (f: AccessFixture) => ({ baseId: f.baseId, tableId: 'Deals' });
const TOOLS: Record<string, ToolSpec> = {
  list_bases: { args: () => ({}), expect: { ...TOOL_READ, outsider: 'ok' } },
  list_tables: { args: base, expect: TOOL_READ, check: noHiddenAmount },
  describe_table: {
    args: (f) => ({ baseId: f.baseId, table: 'Deals', detail: 'FULL' }),
    expect: TOOL_READ,
    check: noHiddenAmount,
  },
  get_base_schema: { args: base, expect: TOOL_READ, check: noHiddenAmount },
  list_records: { args: deals, expect: TOOL_READ, check: noHiddenAmount },
  search_records: {
    args: (f) => ({ ...deals(f), query: 'a' }),
    expect: TOOL_READ,
    check: noHiddenAmount,
  },
  get_record: {
    args: (f) => ({ ...deals(f), id: f.wonDealId }),
    expect: TOOL_READ,
    check: noHiddenAmount,
  },
  analyze_table: { args: deals, expect: TOOL_READ, check: noHiddenAmount },
  find_duplicates: { args: (f) => ({ ...deals(f), fields: ['Stage'] }), expect: TOOL_READ },
  export_csv: { args: deals, expect: TOOL_READ, check: noHiddenAmount },
  list_comments: { args: (f) => ({ ...deals(f), recordId: f.wonDealId }), expect: TOOL_READ },
  sync_tables: {
    args: (f) => ({
      input: {
        sourceBaseId: f.baseId,
        sourceTableId: 'Deals',
        targetTableId: 'Companies',
        keyField: 'Name',
        dryRun: true,
      },
    }),
    expect: TOOL_READ,
  },
  create_records: {
    args: (f) => ({
      ...deals(f),
      records: [{ fields: { Name: 'Via MCP', Stage: 'Won' } }],
      confirm: true,
    }),
    expect: TOOL_WRITE,
  },
  update_records: {
    args: (f) => ({
      ...deals(f),
      records: [{ id: f.wonDealId, fields: { 'Next Step': 'Via MCP' } }],
      confirm: true,
    }),
    expect: TOOL_WRITE,
  },
  upsert_records: {
    args: (f) => ({
      ...deals(f),
      records: [{ fields: { Name: 'Upserted via MCP', Stage: 'Won' } }],
      fieldsToMergeOn: ['Name'],
      confirm: true,
    }),
    expect: TOOL_WRITE,
  },
  delete_records: {
    args: async (f) => ({ ...deals(f), ids: [await spareDeal(f)], confirm: true }),
    expect: TOOL_WRITE,
  },
  add_comment: {
    args: (f) => ({ ...deals(f), recordId: f.wonDealId, text: 'Via MCP', confirm: true }),
    expect: TOOL_WRITE,
  },
  upload_attachment: {
    args: async (f) => ({
      workspaceId: f.workspaceId,
      baseId: f.baseId,
      recordId: await aCompany(f),
      field: 'Logo',
      filename: 'note.txt',
      contentBase64: Buffer.from('Via MCP').toString('base64'),
      confirm: true,
    }),
    // Files belong to the workspace: outsiders are refused, not told it does not exist.
    expect: { ...TOOL_WRITE, outsider: 'FORBIDDEN' },
  },
  // Workflows belong to the workspace: outsiders are refused the list, and do not see one.
  list_workflows: {
    args: (f) => ({ workspaceId: f.workspaceId }),
    expect: { ...TOOL_READ, outsider: 'FORBIDDEN' },
  },
  get_workflow_run: { args: async (f) => ({ runId: await ownerRun(f) }), expect: TOOL_READ },
  run_workflow: {
    args: async (f) => ({ workflowId: await ownerWorkflow(f) }),
    expect: TOOL_WRITE,
  },
  create_table: {
    args: (f) => ({
      input: {
        baseId: f.baseId,
        name: `MCP ${Math.random().toString(36).slice(2, 8)}`,
        fields: [{ name: 'Name', type: 'singleLineText' }],
      },
      confirm: true,
    }),
    expect: TOOL_ADMIN,
  },
  create_field: {
    args: (f) => ({
      input: {
        baseId: f.baseId,
        tableId: 'Companies',
        field: { name: `MCP ${Math.random().toString(36).slice(2, 8)}`, type: 'singleLineText' },
      },
      confirm: true,
    }),
    expect: TOOL_ADMIN,
  },
};

describe('who may use every MCP tool', () => {
  it('answers each caller as decided, tool by tool', async () => {
    const mismatches: string[] = [];
    const listed = new Set<string>();
    for (const caller of CALLERS) {
      const token = fx.token(caller);
      const client = new Client({ name: 'access-matrix', version: '1.0.0' });
      const transport = new StreamableHTTPClientTransport(new URL(fx.platform.mcpUrl), {
        requestInit: { headers: token ? { authorization: `Bearer ${token}` } : {} },
      });
      const connected = await client.connect(transport).then(
        () => true,
        () => false,
      );
      if (connected) for (const tool of (await client.listTools()).tools) listed.add(tool.name);
      for (const [name, spec] of Object.entries(TOOLS)) {
        let got = 'UNAUTHENTICATED';
        let text = '';
        if (connected) {
          const result = (await client.callTool({ name, arguments: await spec.args(fx) })) as {
            isError?: boolean;
            content: { text: string }[];
          };
          text = result.content.map((c) => c.text).join('');
          got = result.isError ? (/^([A-Z_]+):/.exec(text)?.[1] ?? 'ERROR') : 'ok';
        }
        if (got !== spec.expect[caller])
          mismatches.push(
            `${name} as ${caller}: expected ${spec.expect[caller]}, got ${got} ${text.slice(0, 100)}`,
          );
        else if (got === 'ok')
          try {
            spec.check?.(text, caller);
          } catch (error) {
            mismatches.push(`${name} as ${caller}: ${(error as Error).message}`);
          }
      }
      if (connected) await client.close();
    }
    expect(
      [...listed].filter((name) => !TOOLS[name]),
      'tools without a decision',
    ).toEqual([]);
    expect(mismatches).toEqual([]);
  }, 180_000);
});

// Last: its final field (removeBase) takes the shared base away.
describe('who may use every operation of the graph', () => {
  it('has a decision written down for every query and mutation', () => {
    const missing = [...rootFields('Query'), ...rootFields('Mutation')].filter((f) => !FIELDS[f]);
    expect(missing, 'add these to access-matrix-specs.ts').toEqual([]);
  });

  it('answers each caller as decided, on every query and mutation', async () => {
    const mismatches: string[] = [];
    // removeBase takes the shared base away: it goes last.
    const order = Object.keys(FIELDS).sort(
      (a, b) => Number(a === 'removeBase') - Number(b === 'removeBase'),
    );
    for (const field of order) {
      const spec = FIELDS[field]!;
      for (const caller of CALLERS) {
        const res = await spec.run(fx, caller);
        const got = outcomeOf(res, field);
        if (got !== spec.expect[caller])
          mismatches.push(
            `${field} as ${caller}: expected ${spec.expect[caller]}, got ${got} ${res.errors?.[0]?.message ?? ''}`,
          );
        else if (got === 'ok')
          try {
            spec.check?.(res, caller, fx);
          } catch (error) {
            mismatches.push(`${field} as ${caller}: ${(error as Error).message}`);
          }
      }
    }
    expect(mismatches).toEqual([]);
  }, 300_000);
});
