import { randomUUID } from 'node:crypto';
import type { GraphQLResponse } from '@pyairtable/testing';
import type { AccessFixture, CallerName } from './access-fixture.ts';

/** What a caller gets: data ('ok'), a null root field ('null'), or the first error's code. */
export type Outcome = 'ok' | 'null' | string;
export type Expectation = Record<CallerName, Outcome>;

export interface FieldSpec {
  run: (fx: AccessFixture, caller: CallerName) => Promise<GraphQLResponse<any>>;
  expect: Expectation;
  /** Extra checks on a caller's answer (what they may see of it). */
  check?: (res: GraphQLResponse<any>, caller: CallerName, fx: AccessFixture) => void;
}

const op =
  (
    query: string,
    variables: (fx: AccessFixture, caller: CallerName) => Promise<object> | object = () => ({}),
  ) =>
  async (fx: AccessFixture, caller: CallerName) =>
    fx.gql(query, (await variables(fx, caller)) as Record<string, unknown>, fx.token(caller));

const outcome = (
  anonymous: Outcome,
  outsider: Outcome,
  viewer: Outcome,
  editor: Outcome,
  admin: Outcome,
  owner: Outcome,
): Expectation => ({ anonymous, outsider, viewer, editor, admin, owner });

const U = 'UNAUTHENTICATED';
const F = 'FORBIDDEN';
const N = 'NOT_FOUND';
/** Readers of the base: every member; not found for anyone else. */
const MEMBERS = outcome(U, N, 'ok', 'ok', 'ok', 'ok');
/** Editors and up write records. */
const EDITORS = outcome(U, N, F, 'ok', 'ok', 'ok');
/** Admins and up manage the base (base-level: another workspace's base does not exist). */
const ADMINS_OF_BASE = outcome(U, N, F, F, 'ok', 'ok');
/** Admins and up manage the workspace (workspace-level: outsiders are refused). */
const ADMINS = outcome(U, F, F, F, 'ok', 'ok');
/** Anyone signed in, for themselves. */
const SIGNED_IN = outcome(U, 'ok', 'ok', 'ok', 'ok', 'ok');
const WORKSPACE_MEMBERS = outcome(U, F, 'ok', 'ok', 'ok', 'ok');
/** Platform administrators only: every workspace role, the owner's included, is refused. */
const PLATFORM_ADMINS = outcome(U, F, F, F, F, F);

const unique = () => randomUUID().slice(0, 8);

/** A fresh connection of the demo workspace, made by its owner. */
async function freshConnection(fx: AccessFixture) {
  const data = await fx.must(
    `mutation ($i: ConnectAirtableInput!) { connectAirtable(input: $i) { id } }`,
    {
      i: {
        workspaceId: fx.workspaceId,
        name: `Spare ${unique()}`,
        token: fx.platform.airtableLocal.token,
      },
    },
    fx.people.owner.token,
  );
  return data.connectAirtable.id as string;
}

/** A fresh Deal, made by the owner (a Won one, so viewers see it too). */
async function freshDeal(fx: AccessFixture) {
  const data = await fx.must(
    `mutation ($b: ID!, $r: [RecordInput!]!) { createRecords(baseId: $b, tableId: "Deals", records: $r) { records { id } } }`,
    { b: fx.baseId, r: [{ fields: { Name: `Spare ${unique()}`, Stage: 'Won' } }] },
    fx.people.owner.token,
  );
  return data.createRecords.records[0].id as string;
}

async function ownerConversation(fx: AccessFixture) {
  const data = await fx.must(
    `mutation ($i: StartConversationInput!) { startConversation(input: $i) { id } }`,
    { i: { workspaceId: fx.workspaceId } },
    fx.people.owner.token,
  );
  return data.startConversation.id as string;
}

const endpointInput = (fx: AccessFixture) => ({
  workspaceId: fx.workspaceId,
  url: 'http://127.0.0.1:9/hook',
  eventTypes: ['sync.completed'],
});

/** A fresh webhook endpoint of the demo workspace, made by its owner (its URL goes nowhere). */
async function freshEndpoint(fx: AccessFixture) {
  const data = await fx.must(
    `mutation ($i: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $i) { endpoint { id } } }`,
    { i: endpointInput(fx) },
    fx.people.owner.token,
  );
  return data.createWebhookEndpoint.endpoint.id as string;
}

/** One endpoint of the owner's for every caller: a workspace has at most 20. */
const endpoints = new WeakMap<AccessFixture, Promise<string>>();
function ownerEndpoint(fx: AccessFixture) {
  if (!endpoints.has(fx)) endpoints.set(fx, freshEndpoint(fx));
  return endpoints.get(fx)!;
}

/** A file the owner started uploading (five bytes of text). */
async function freshFile(fx: AccessFixture) {
  const data = await fx.must(
    `mutation ($i: CreateUploadInput!) { createUpload(input: $i) { file { id } } }`,
    {
      i: { workspaceId: fx.workspaceId, filename: 'note.txt', size: 5, contentType: 'text/plain' },
    },
    fx.people.owner.token,
  );
  return data.createUpload.file.id as string;
}

const workflowInput = (fx: AccessFixture) => ({
  workspaceId: fx.workspaceId,
  name: `Matrix ${unique()}`,
  trigger: { type: 'MANUAL' },
  steps: [{ id: 'nap', type: 'wait', seconds: 3600 }],
});

/** A fresh workflow of the demo workspace, made and turned on by its owner. */
async function freshWorkflow(fx: AccessFixture, trigger: object = { type: 'MANUAL' }) {
  const data = await fx.must(
    `mutation ($i: CreateWorkflowInput!) { createWorkflow(input: $i) { id } }`,
    { i: { ...workflowInput(fx), trigger } },
    fx.people.owner.token,
  );
  const id = data.createWorkflow.id as string;
  await fx.must(
    `mutation ($id: ID!) { setWorkflowEnabled(id: $id, enabled: true) { id } }`,
    { id },
    fx.people.owner.token,
  );
  return id;
}

/** One workflow of the owner's, read by every caller. */
const ownerWorkflows = new WeakMap<AccessFixture, Promise<string>>();
export function ownerWorkflow(fx: AccessFixture) {
  if (!ownerWorkflows.has(fx)) ownerWorkflows.set(fx, freshWorkflow(fx));
  return ownerWorkflows.get(fx)!;
}

/** A run of a fresh workflow (it waits an hour), started by the owner. */
async function freshRun(fx: AccessFixture) {
  const data = await fx.must(
    `mutation ($i: RunWorkflowInput!) { runWorkflow(input: $i) { id } }`,
    { i: { workflowId: await freshWorkflow(fx) } },
    fx.people.owner.token,
  );
  return data.runWorkflow.id as string;
}

/** One run of the owner's, read by every caller. */
const ownerRuns = new WeakMap<AccessFixture, Promise<string>>();
export function ownerRun(fx: AccessFixture) {
  if (!ownerRuns.has(fx)) ownerRuns.set(fx, freshRun(fx));
  return ownerRuns.get(fx)!;
}

/** A run the owner cancelled, so it can be retried. */
async function cancelledRun(fx: AccessFixture) {
  const id = await freshRun(fx);
  await fx.must(
    `mutation ($id: ID!) { cancelWorkflowRun(id: $id) { id } }`,
    { id },
    fx.people.owner.token,
  );
  return id;
}

/** One file of the owner's, read by every caller. */
const ownerFiles = new WeakMap<AccessFixture, Promise<string>>();
function ownerFile(fx: AccessFixture) {
  if (!ownerFiles.has(fx)) ownerFiles.set(fx, freshFile(fx));
  return ownerFiles.get(fx)!;
}

/** A one-row CSV the owner uploaded (through tus, at the gateway). */
async function uploadCsv(fx: AccessFixture) {
  const bytes = new TextEncoder().encode('Name\nMatrix import\n');
  const data = await fx.must(
    `mutation ($i: CreateUploadInput!) { createUpload(input: $i) { uploadUrl file { id } } }`,
    {
      i: {
        workspaceId: fx.workspaceId,
        filename: 'import.csv',
        size: bytes.length,
        contentType: 'text/csv',
      },
    },
    fx.people.owner.token,
  );
  const res = await fetch(data.createUpload.uploadUrl, {
    method: 'PATCH',
    headers: {
      authorization: `Bearer ${fx.people.owner.token}`,
      'tus-resumable': '1.0.0',
      'upload-offset': '0',
      'content-type': 'application/offset+octet-stream',
    },
    body: bytes,
  });
  if (res.status !== 204) throw new Error(`upload answered ${res.status}`);
  return data.createUpload.file.id as string;
}
const csvFiles = new WeakMap<AccessFixture, Promise<string>>();
function ownerCsv(fx: AccessFixture) {
  if (!csvFiles.has(fx)) csvFiles.set(fx, uploadCsv(fx));
  return csvFiles.get(fx)!;
}

const importInput = async (fx: AccessFixture) => ({
  fileId: await ownerCsv(fx),
  baseId: fx.baseId,
  tableId: 'Companies',
  mapping: [{ column: 0, field: 'Name' }],
});

/** An import the owner started (one Companies record), shared by every caller. */
const imports = new WeakMap<AccessFixture, Promise<string>>();
export function ownerImport(fx: AccessFixture) {
  if (!imports.has(fx))
    imports.set(
      fx,
      (async () => {
        const data = await fx.must(
          `mutation ($i: StartImportInput!) { startImport(input: $i) { id } }`,
          { i: await importInput(fx) },
          fx.people.owner.token,
        );
        return data.startImport.id as string;
      })(),
    );
  return imports.get(fx)!;
}

/** A company of the demo base (Companies holds the attachment field, Logo). */
export async function aCompany(fx: AccessFixture) {
  const data = await fx.must(
    `query ($b: ID!) { records(baseId: $b, tableId: "Companies", first: 1) { edges { node { id } } } }`,
    { b: fx.baseId },
    fx.people.owner.token,
  );
  return data.records.edges[0].node.id as string;
}

/** A delivery of an owner's endpoint (the test ping, which fails: nothing listens). */
async function ownerDelivery(fx: AccessFixture) {
  const data = await fx.must(
    `mutation ($id: ID!) { testWebhookEndpoint(id: $id) { id } }`,
    { id: await ownerEndpoint(fx) },
    fx.people.owner.token,
  );
  return data.testWebhookEndpoint.id as string;
}

const deals = (fx: AccessFixture) => ({ b: fx.baseId, t: 'Deals' });

/**
 * Every root field of the graph with who may use it. A field of the composed API schema
 * missing here fails the matrix test: a new operation needs its decision written down.
 */
export const FIELDS: Record<string, FieldSpec> = {
  // — Query —
  base: {
    run: op(`query ($b: ID!) { base(id: $b) { name } }`, (fx) => ({ b: fx.baseId })),
    expect: MEMBERS,
  },
  records: {
    run: op(
      `query ($b: ID!, $t: ID!) { records(baseId: $b, tableId: $t, first: 100) { totalCount edges { node { fields } } } }`,
      deals,
    ),
    expect: MEMBERS,
    check: (res, caller) => {
      if (caller !== 'viewer') return;
      const nodes = res.data.records.edges.map((e: any) => e.node.fields);
      if (nodes.some((f: any) => 'Amount' in f || f.Stage !== 'Won'))
        throw new Error('a viewer saw a hidden field or a row outside their rule');
    },
  },
  record: {
    run: op(
      `query ($b: ID!, $id: ID!) { record(baseId: $b, tableId: "Deals", id: $id) { id } }`,
      (fx, caller) => ({
        b: fx.baseId,
        // The viewer asks for a row outside their rule: it does not exist for them.
        id: caller === 'viewer' ? fx.leadDealId : fx.wonDealId,
      }),
    ),
    expect: outcome(U, N, 'null', 'ok', 'ok', 'ok'),
  },
  searchRecords: {
    run: op(
      `query ($b: ID!, $t: ID!) { searchRecords(baseId: $b, tableId: $t, query: "a") { id } }`,
      deals,
    ),
    expect: MEMBERS,
  },
  writeBatch: {
    run: op(`query ($id: ID!) { writeBatch(id: $id) { status } }`, async (fx) => {
      const data = await fx.must(
        `mutation ($b: ID!, $r: [RecordInput!]!) { createRecords(baseId: $b, tableId: "Deals", records: $r) { batchId } }`,
        { b: fx.baseId, r: [{ fields: { Name: `Batch ${unique()}`, Stage: 'Won' } }] },
        fx.people.owner.token,
      );
      return { id: data.createRecords.batchId };
    }),
    expect: MEMBERS,
  },
  tableAnalysis: {
    run: op(
      `query ($b: ID!, $t: ID!) { tableAnalysis(baseId: $b, tableId: $t) { recordCount } }`,
      deals,
    ),
    expect: MEMBERS,
  },
  duplicateRecords: {
    run: op(
      `query ($b: ID!, $t: ID!) { duplicateRecords(baseId: $b, tableId: $t, fields: ["Stage"]) { groupCount } }`,
      deals,
    ),
    expect: MEMBERS,
  },
  exportCsv: {
    run: op(
      `query ($b: ID!, $t: ID!) { exportCsv(baseId: $b, tableId: $t) { rowCount columns } }`,
      deals,
    ),
    expect: MEMBERS,
  },
  recordComments: {
    run: op(
      `query ($b: ID!, $r: ID!) { recordComments(baseId: $b, tableId: "Deals", recordId: $r) { id } }`,
      (fx) => ({ b: fx.baseId, r: fx.wonDealId }),
    ),
    expect: MEMBERS,
  },
  me: { run: op(`{ me { id } }`), expect: outcome('null', 'ok', 'ok', 'ok', 'ok', 'ok') },
  apiKeys: { run: op(`{ apiKeys { id } }`), expect: SIGNED_IN },
  assistantStatus: { run: op(`{ assistantStatus { configured } }`), expect: SIGNED_IN },
  conversation: {
    run: op(`query ($c: ID!) { conversation(id: $c) { id } }`, async (fx) => ({
      c: await ownerConversation(fx),
    })),
    expect: outcome(U, 'null', 'null', 'null', 'null', 'ok'),
  },
  conversations: {
    run: op(`query ($w: ID!) { conversations(workspaceId: $w) { id } }`, (fx) => ({
      w: fx.workspaceId,
    })),
    expect: WORKSPACE_MEMBERS,
  },
  conversationMessage: {
    run: op(`query ($m: ID!) { conversationMessage(id: $m) { id } }`, () => ({ m: randomUUID() })),
    expect: outcome(U, 'null', 'null', 'null', 'null', 'null'),
  },
  assistantBudgets: {
    run: op(`query ($w: ID!) { assistantBudgets(workspaceId: $w) { id } }`, (fx) => ({
      w: fx.workspaceId,
    })),
    expect: WORKSPACE_MEMBERS,
  },
  assistantUsage: {
    run: op(
      `query ($w: ID!) { assistantUsage(workspaceId: $w, period: MONTHLY) { total { modelCalls } } }`,
      (fx) => ({ w: fx.workspaceId }),
    ),
    expect: WORKSPACE_MEMBERS,
  },
  can: {
    run: op(`query ($c: [PermissionCheckInput!]!) { can(checks: $c) { allowed } }`, (fx) => ({
      c: [{ action: 'READ', resource: { baseId: fx.baseId } }],
    })),
    expect: SIGNED_IN,
  },
  effectiveAccess: {
    run: op(
      `query ($b: ID!, $u: ID!) { effectiveAccess(baseId: $b, userId: $u) { role } }`,
      (fx) => ({ b: fx.baseId, u: fx.people.viewer.id }),
    ),
    expect: ADMINS_OF_BASE,
  },
  baseSharing: {
    run: op(`query ($b: ID!) { baseSharing(baseId: $b) { baseId } }`, (fx) => ({ b: fx.baseId })),
    expect: ADMINS_OF_BASE,
  },
  workspace: {
    run: op(`query ($w: ID!) { workspace(id: $w) { name } }`, (fx) => ({ w: fx.workspaceId })),
    expect: WORKSPACE_MEMBERS,
  },
  invitation: {
    run: op(`query { invitation(token: "not-a-real-invitation-token") { email } }`),
    expect: outcome('null', 'null', 'null', 'null', 'null', 'null'),
  },

  // — Mutation: records and bases —
  connectAirtable: {
    run: op(`mutation ($i: ConnectAirtableInput!) { connectAirtable(input: $i) { id } }`, (fx) => ({
      i: {
        workspaceId: fx.workspaceId,
        name: `Mine ${unique()}`,
        token: fx.platform.airtableLocal.token,
      },
    })),
    expect: ADMINS,
  },
  removeConnection: {
    run: op(`mutation ($id: ID!) { removeConnection(id: $id) }`, async (fx) => ({
      id: await freshConnection(fx),
    })),
    expect: ADMINS,
  },
  syncBase: {
    run: op(`mutation ($i: SyncBaseInput!) { syncBase(input: $i) { id } }`, async (fx) => ({
      i: { connectionId: await freshConnection(fx), baseId: fx.baseId },
    })),
    // The base is synced in this workspace already: admins learn that, nobody else can ask.
    expect: outcome(U, F, F, F, 'CONFLICT', 'CONFLICT'),
  },
  resyncBase: {
    run: op(`mutation ($id: ID!) { resyncBase(id: $id) { id } }`, (fx) => ({ id: fx.baseId })),
    expect: ADMINS_OF_BASE,
  },
  createRecords: {
    run: op(
      `mutation ($b: ID!, $r: [RecordInput!]!) { createRecords(baseId: $b, tableId: "Deals", records: $r) { status } }`,
      (fx) => ({
        b: fx.baseId,
        r: [{ fields: { Name: `New ${unique()}`, Stage: 'Won' } }],
      }),
    ),
    expect: EDITORS,
  },
  updateRecords: {
    run: op(
      `mutation ($b: ID!, $r: [RecordUpdateInput!]!) { updateRecords(baseId: $b, tableId: "Deals", records: $r) { status } }`,
      (fx) => ({
        b: fx.baseId,
        r: [{ id: fx.wonDealId, fields: { 'Next Step': `Call ${unique()}` } }],
      }),
    ),
    expect: EDITORS,
  },
  upsertRecords: {
    run: op(
      `mutation ($b: ID!, $r: [RecordInput!]!) { upsertRecords(baseId: $b, tableId: "Deals", records: $r, fieldsToMergeOn: ["Name"]) { status } }`,
      (fx) => ({ b: fx.baseId, r: [{ fields: { Name: `Upserted ${unique()}`, Stage: 'Won' } }] }),
    ),
    expect: EDITORS,
  },
  deleteRecords: {
    run: op(
      `mutation ($b: ID!, $ids: [ID!]!) { deleteRecords(baseId: $b, tableId: "Deals", ids: $ids) { status } }`,
      async (fx) => ({
        b: fx.baseId,
        ids: [await freshDeal(fx)],
      }),
    ),
    expect: EDITORS,
  },
  createTable: {
    run: op(`mutation ($i: CreateTableInput!) { createTable(input: $i) { id } }`, (fx) => ({
      i: {
        baseId: fx.baseId,
        name: `Table ${unique()}`,
        fields: [{ name: 'Name', type: 'singleLineText' }],
      },
    })),
    expect: ADMINS_OF_BASE,
  },
  createField: {
    run: op(`mutation ($i: CreateFieldInput!) { createField(input: $i) { id } }`, (fx) => ({
      i: {
        baseId: fx.baseId,
        tableId: 'Companies',
        field: { name: `Field ${unique()}`, type: 'singleLineText' },
      },
    })),
    expect: ADMINS_OF_BASE,
  },
  syncTables: {
    run: op(`mutation ($i: SyncTablesInput!) { syncTables(input: $i) { createCount } }`, (fx) => ({
      i: {
        sourceBaseId: fx.baseId,
        sourceTableId: 'Deals',
        targetTableId: 'Companies',
        keyField: 'Name',
        dryRun: true,
      },
    })),
    expect: MEMBERS,
  },
  addRecordComment: {
    run: op(
      `mutation ($b: ID!, $r: ID!) { addRecordComment(baseId: $b, tableId: "Deals", recordId: $r, text: "Hello") { id } }`,
      (fx) => ({
        b: fx.baseId,
        r: fx.wonDealId,
      }),
    ),
    expect: EDITORS,
  },

  // — Mutation: accounts —
  signUp: {
    run: op(`mutation ($i: SignUpInput!) { signUp(input: $i) { user { id } } }`, () => ({
      i: {
        email: `someone-${unique()}@example.com`,
        password: 'correct horse battery',
        name: 'Someone',
      },
    })),
    expect: outcome('ok', 'ok', 'ok', 'ok', 'ok', 'ok'),
  },
  logIn: {
    run: op(`mutation ($i: LogInInput!) { logIn(input: $i) { accessToken } }`, () => ({
      i: { email: `nobody-${unique()}@example.com`, password: 'wrong password!' },
    })),
    expect: outcome(U, U, U, U, U, U),
  },
  refreshSession: {
    run: op(`mutation { refreshSession(refreshToken: "not-a-refresh-token") { accessToken } }`),
    expect: outcome(U, U, U, U, U, U),
  },
  // A token that is not the caller's ends nothing: ending their sessions would refuse their
  // access token for the rest of the matrix (the gateway checks each session).
  logOut: { run: op(`mutation { logOut(refreshToken: "rt_not-a-token") }`), expect: SIGNED_IN },
  changePassword: {
    run: op(`mutation ($i: ChangePasswordInput!) { changePassword(input: $i) }`, () => ({
      i: { currentPassword: 'not my password', newPassword: 'another horse battery' },
    })),
    expect: outcome(
      U,
      'BAD_USER_INPUT',
      'BAD_USER_INPUT',
      'BAD_USER_INPUT',
      'BAD_USER_INPUT',
      'BAD_USER_INPUT',
    ),
  },
  requestPasswordReset: {
    run: op(`mutation ($e: String!) { requestPasswordReset(email: $e) }`, () => ({
      e: `someone-${unique()}@example.com`,
    })),
    // The same answer for everyone, and for addresses with and without accounts.
    expect: outcome('ok', 'ok', 'ok', 'ok', 'ok', 'ok'),
  },
  resetPassword: {
    run: op(
      `mutation { resetPassword(input: { token: "not-a-reset-token", newPassword: "long enough" }) }`,
    ),
    expect: outcome(
      'BAD_USER_INPUT',
      'BAD_USER_INPUT',
      'BAD_USER_INPUT',
      'BAD_USER_INPUT',
      'BAD_USER_INPUT',
      'BAD_USER_INPUT',
    ),
  },
  verifyEmail: {
    run: op(`mutation { verifyEmail(token: "not-a-verification-token") { id } }`),
    expect: outcome(
      'BAD_USER_INPUT',
      'BAD_USER_INPUT',
      'BAD_USER_INPUT',
      'BAD_USER_INPUT',
      'BAD_USER_INPUT',
      'BAD_USER_INPUT',
    ),
  },
  resendVerificationEmail: { run: op(`mutation { resendVerificationEmail }`), expect: SIGNED_IN },
  createApiKey: {
    run: op(`mutation { createApiKey(input: { name: "Matrix" }) { secret } }`),
    expect: SIGNED_IN,
  },
  revokeApiKey: {
    run: op(`mutation ($id: ID!) { revokeApiKey(id: $id) { id } }`, async (fx) => {
      const data = await fx.must(
        `mutation { createApiKey(input: { name: "Owner's" }) { apiKey { id } } }`,
        {},
        fx.people.owner.token,
      );
      return { id: data.createApiKey.apiKey.id };
    }),
    expect: outcome(U, N, N, N, N, 'ok'),
  },

  // — Mutation: the assistant —
  startConversation: {
    run: op(
      `mutation ($i: StartConversationInput!) { startConversation(input: $i) { id } }`,
      (fx) => ({ i: { workspaceId: fx.workspaceId } }),
    ),
    expect: WORKSPACE_MEMBERS,
  },
  sendMessage: {
    run: op(
      `mutation ($i: SendMessageInput!) { sendMessage(input: $i) { conversation { id } } }`,
      (fx) => ({ i: { workspaceId: fx.workspaceId, content: 'Hello' } }),
    ),
    // Members may ask; the embedded platform has no model configured.
    expect: outcome(
      U,
      F,
      'UPSTREAM_UNAVAILABLE',
      'UPSTREAM_UNAVAILABLE',
      'UPSTREAM_UNAVAILABLE',
      'UPSTREAM_UNAVAILABLE',
    ),
  },
  stopAnswer: {
    run: op(`mutation ($m: ID!) { stopAnswer(messageId: $m) { id } }`, () => ({ m: randomUUID() })),
    expect: outcome(U, N, N, N, N, N),
  },
  renameConversation: {
    run: op(
      `mutation ($i: RenameConversationInput!) { renameConversation(input: $i) { id } }`,
      async (fx) => ({ i: { id: await ownerConversation(fx), title: 'Renamed' } }),
    ),
    expect: outcome(U, N, N, N, N, 'ok'),
  },
  deleteConversation: {
    run: op(`mutation ($c: ID!) { deleteConversation(id: $c) }`, async (fx) => ({
      c: await ownerConversation(fx),
    })),
    expect: outcome(U, N, N, N, N, 'ok'),
  },
  setAssistantBudget: {
    run: op(
      `mutation ($i: SetAssistantBudgetInput!) { setAssistantBudget(input: $i) { id } }`,
      (fx) => ({ i: { workspaceId: fx.workspaceId, period: 'MONTHLY', limitUsd: 100 } }),
    ),
    expect: ADMINS,
  },
  removeAssistantBudget: {
    run: op(`mutation ($id: ID!) { removeAssistantBudget(id: $id) }`, async (fx) => {
      const data = await fx.must(
        `mutation ($i: SetAssistantBudgetInput!) { setAssistantBudget(input: $i) { id } }`,
        {
          i: {
            workspaceId: fx.workspaceId,
            userId: fx.people.viewer.id,
            period: 'DAILY',
            limitUsd: 5,
          },
        },
        fx.people.owner.token,
      );
      return { id: data.setAssistantBudget.id };
    }),
    expect: outcome(U, N, F, F, 'ok', 'ok'),
  },

  // — Mutation: permissions —
  grantBaseAccess: {
    run: op(`mutation ($i: GrantBaseAccessInput!) { grantBaseAccess(input: $i) { id } }`, (fx) => ({
      i: { baseId: fx.baseId, tableId: 'Companies', userId: fx.people.editor.id, role: 'EDITOR' },
    })),
    expect: ADMINS_OF_BASE,
  },
  revokeBaseAccess: {
    run: op(`mutation ($id: ID!) { revokeBaseAccess(id: $id) }`, async (fx) => {
      const data = await fx.must(
        `mutation ($i: GrantBaseAccessInput!) { grantBaseAccess(input: $i) { id } }`,
        {
          i: {
            baseId: fx.baseId,
            tableId: 'Activities',
            email: `invited-${unique()}@example.com`,
            role: 'VIEWER',
          },
        },
        fx.people.owner.token,
      );
      return { id: data.grantBaseAccess.id };
    }),
    expect: outcome(U, N, N, N, 'ok', 'ok'),
  },
  setFieldAccess: {
    run: op(`mutation ($i: SetFieldAccessInput!) { setFieldAccess(input: $i) { id } }`, (fx) => ({
      i: {
        baseId: fx.baseId,
        tableId: 'Deals',
        field: 'Probability',
        role: 'EDITOR',
        access: 'READ_ONLY',
      },
    })),
    expect: ADMINS_OF_BASE,
  },
  setRowRule: {
    run: op(`mutation ($i: SetRowRuleInput!) { setRowRule(input: $i) { id } }`, (fx) => ({
      i: { baseId: fx.baseId, tableId: 'Companies', role: 'COMMENTER', formula: 'TRUE()' },
    })),
    expect: ADMINS_OF_BASE,
  },

  // — Mutation: workspaces —
  createWorkspace: {
    run: op(`mutation { createWorkspace(input: { name: "Mine" }) { id } }`),
    expect: SIGNED_IN,
  },
  renameWorkspace: {
    run: op(`mutation ($i: RenameWorkspaceInput!) { renameWorkspace(input: $i) { id } }`, (fx) => ({
      i: { id: fx.workspaceId, name: 'Demo' },
    })),
    expect: ADMINS,
  },
  deleteWorkspace: {
    run: op(`mutation ($w: ID!) { deleteWorkspace(id: $w) }`, async (fx) => ({
      w: await fx.team(),
    })),
    expect: outcome(U, F, F, F, F, 'ok'),
  },
  inviteMember: {
    run: op(`mutation ($i: InviteMemberInput!) { inviteMember(input: $i) { token } }`, (fx) => ({
      i: { workspaceId: fx.workspaceId, email: `new-${unique()}@example.com`, role: 'VIEWER' },
    })),
    expect: ADMINS,
  },
  revokeInvitation: {
    run: op(`mutation ($id: ID!) { revokeInvitation(id: $id) { id } }`, async (fx) => {
      const data = await fx.must(
        `mutation ($i: InviteMemberInput!) { inviteMember(input: $i) { invitation { id } } }`,
        {
          i: {
            workspaceId: fx.workspaceId,
            email: `invitee-${unique()}@example.com`,
            role: 'VIEWER',
          },
        },
        fx.people.owner.token,
      );
      return { id: data.inviteMember.invitation.id };
    }),
    // Another workspace's invitation does not exist for them.
    expect: outcome(U, N, F, F, 'ok', 'ok'),
  },
  acceptInvitation: {
    run: op(`mutation { acceptInvitation(token: "not-a-real-invitation-token") { id } }`),
    expect: outcome(U, N, N, N, N, N),
  },
  changeMemberRole: {
    run: op(
      `mutation ($i: ChangeMemberRoleInput!) { changeMemberRole(input: $i) { role } }`,
      (fx) => ({
        i: { workspaceId: fx.workspaceId, userId: fx.people.viewer.id, role: 'VIEWER' },
      }),
    ),
    expect: ADMINS,
  },
  removeMember: {
    run: op(`mutation ($i: RemoveMemberInput!) { removeMember(input: $i) }`, async (fx) => ({
      i: { workspaceId: await fx.team(), userId: fx.people.viewer.id },
    })),
    expect: ADMINS,
  },
  leaveWorkspace: {
    run: op(`mutation ($w: ID!) { leaveWorkspace(workspaceId: $w) }`, async (fx) => ({
      w: await fx.team(),
    })),
    // Everyone but the owner may leave; the owner hands ownership over first.
    expect: outcome(U, F, 'ok', 'ok', 'ok', 'CONFLICT'),
  },
  transferOwnership: {
    run: op(
      `mutation ($i: TransferOwnershipInput!) { transferOwnership(input: $i) { id } }`,
      async (fx) => ({
        i: { workspaceId: await fx.team(), userId: fx.people.admin.id },
      }),
    ),
    expect: outcome(U, F, F, F, F, 'ok'),
  },
  updateWorkspaceSettings: {
    run: op(
      `mutation ($i: UpdateWorkspaceSettingsInput!) { updateWorkspaceSettings(input: $i) { id } }`,
      (fx) => ({
        i: { workspaceId: fx.workspaceId, requireWriteConfirmation: false },
      }),
    ),
    expect: ADMINS,
  },

  // — Webhooks: admins of the workspace; another's endpoint does not exist for anyone else —
  webhookEndpoints: {
    run: op(`query ($w: ID!) { webhookEndpoints(workspaceId: $w) { id } }`, (fx) => ({
      w: fx.workspaceId,
    })),
    expect: ADMINS,
  },
  webhookEndpoint: {
    run: op(`query ($id: ID!) { webhookEndpoint(id: $id) { id } }`, async (fx) => ({
      id: await ownerEndpoint(fx),
    })),
    expect: outcome(U, N, N, N, 'ok', 'ok'),
  },
  webhookDeliveries: {
    run: op(
      `query ($id: ID!) { webhookDeliveries(endpointId: $id) { edges { node { id } } } }`,
      async (fx) => ({ id: await ownerEndpoint(fx) }),
    ),
    expect: outcome(U, N, N, N, 'ok', 'ok'),
  },
  // The catalog of event types is documentation: anyone may read it.
  webhookEventTypes: {
    run: op(`{ webhookEventTypes { name } }`),
    expect: outcome('ok', 'ok', 'ok', 'ok', 'ok', 'ok'),
  },
  createWebhookEndpoint: {
    run: op(
      `mutation ($i: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $i) { secret } }`,
      (fx) => ({ i: endpointInput(fx) }),
    ),
    expect: ADMINS,
  },
  updateWebhookEndpoint: {
    run: op(
      `mutation ($i: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $i) { id } }`,
      async (fx) => ({ i: { id: await ownerEndpoint(fx), description: 'Changed' } }),
    ),
    expect: outcome(U, N, N, N, 'ok', 'ok'),
  },
  deleteWebhookEndpoint: {
    run: op(`mutation ($id: ID!) { deleteWebhookEndpoint(id: $id) }`, async (fx) => ({
      id: await freshEndpoint(fx),
    })),
    expect: outcome(U, N, N, N, 'ok', 'ok'),
  },
  rotateWebhookSecret: {
    run: op(
      `mutation ($i: RotateWebhookSecretInput!) { rotateWebhookSecret(input: $i) { secret } }`,
      async (fx) => ({ i: { id: await ownerEndpoint(fx) } }),
    ),
    expect: outcome(U, N, N, N, 'ok', 'ok'),
  },
  testWebhookEndpoint: {
    run: op(`mutation ($id: ID!) { testWebhookEndpoint(id: $id) { id } }`, async (fx) => ({
      id: await ownerEndpoint(fx),
    })),
    expect: outcome(U, N, N, N, 'ok', 'ok'),
  },
  replayWebhookDelivery: {
    run: op(`mutation ($id: ID!) { replayWebhookDelivery(id: $id) { id } }`, async (fx) => ({
      id: await ownerDelivery(fx),
    })),
    expect: outcome(U, N, N, N, 'ok', 'ok'),
  },
  replayDeadWebhookDeliveries: {
    run: op(
      `mutation ($i: ReplayDeadWebhookDeliveriesInput!) { replayDeadWebhookDeliveries(input: $i) }`,
      async (fx) => ({
        i: { endpointId: await ownerEndpoint(fx), since: new Date(0).toISOString() },
      }),
    ),
    expect: outcome(U, N, N, N, 'ok', 'ok'),
  },

  // — Audit: the workspace's owners and admins read it; owners set its retention —
  auditLog: {
    run: op(
      `query ($w: ID!) { auditLog(workspaceId: $w, first: 5) { totalCount edges { node { id } } } }`,
      (fx) => ({ w: fx.workspaceId }),
    ),
    expect: ADMINS,
  },
  verifyAuditLog: {
    run: op(`query ($w: ID!) { verifyAuditLog(workspaceId: $w) { ok } }`, (fx) => ({
      w: fx.workspaceId,
    })),
    expect: ADMINS,
  },
  auditPublicKey: {
    run: op(`{ auditPublicKey }`),
    expect: outcome('ok', 'ok', 'ok', 'ok', 'ok', 'ok'),
  },
  auditRetention: {
    run: op(`query ($w: ID!) { auditRetention(workspaceId: $w) { days } }`, (fx) => ({
      w: fx.workspaceId,
    })),
    expect: ADMINS,
  },
  setAuditRetention: {
    run: op(
      `mutation ($i: SetAuditRetentionInput!) { setAuditRetention(input: $i) { days } }`,
      (fx) => ({ i: { workspaceId: fx.workspaceId, days: 365 } }),
    ),
    expect: outcome(U, F, F, F, F, 'ok'),
  },

  // — Files: members read, editors upload, the uploader or an admin deletes —
  file: {
    run: op(`query ($id: ID!) { file(id: $id) { id status } }`, async (fx) => ({
      id: await ownerFile(fx),
    })),
    expect: MEMBERS,
  },
  files: {
    run: op(`query ($w: ID!) { files(workspaceId: $w) { edges { node { id } } } }`, (fx) => ({
      w: fx.workspaceId,
    })),
    expect: WORKSPACE_MEMBERS,
  },
  fileStorage: {
    run: op(`query ($w: ID!) { fileStorage(workspaceId: $w) { usedBytes } }`, (fx) => ({
      w: fx.workspaceId,
    })),
    expect: WORKSPACE_MEMBERS,
  },
  createUpload: {
    run: op(
      `mutation ($i: CreateUploadInput!) { createUpload(input: $i) { uploadUrl } }`,
      (fx) => ({
        i: { workspaceId: fx.workspaceId, filename: 'a.csv', size: 10, contentType: 'text/csv' },
      }),
    ),
    expect: outcome(U, F, F, 'ok', 'ok', 'ok'),
  },
  // The owner's file is still uploading: editors get as far as that.
  attachFile: {
    run: op(
      `mutation ($i: AttachFileInput!) { attachFile(input: $i) { recordId } }`,
      async (fx) => ({
        i: {
          fileId: await ownerFile(fx),
          baseId: fx.baseId,
          recordId: 'recAAAAAAAAAAAAAA',
          field: 'Logo',
        },
      }),
    ),
    expect: outcome(U, N, N, 'BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT'),
  },
  uploadAttachment: {
    run: op(
      `mutation ($i: UploadAttachmentInput!) { uploadAttachment(input: $i) { recordId } }`,
      async (fx) => ({
        i: {
          workspaceId: fx.workspaceId,
          baseId: fx.baseId,
          recordId: await aCompany(fx),
          field: 'Logo',
          filename: 'note.txt',
          contentBase64: Buffer.from('From the matrix').toString('base64'),
        },
      }),
    ),
    expect: outcome(U, F, F, 'ok', 'ok', 'ok'),
  },
  importPreview: {
    run: op(`query ($f: ID!) { importPreview(fileId: $f) { headerLine } }`, async (fx) => ({
      f: await ownerCsv(fx),
    })),
    expect: outcome(U, N, N, 'ok', 'ok', 'ok'),
  },
  importJob: {
    run: op(`query ($id: ID!) { importJob(id: $id) { id } }`, async (fx) => ({
      id: await ownerImport(fx),
    })),
    expect: MEMBERS,
  },
  importJobs: {
    run: op(`query ($w: ID!) { importJobs(workspaceId: $w) { id } }`, (fx) => ({
      w: fx.workspaceId,
    })),
    expect: WORKSPACE_MEMBERS,
  },
  startImport: {
    run: op(`mutation ($i: StartImportInput!) { startImport(input: $i) { id } }`, async (fx) => ({
      i: await importInput(fx),
    })),
    expect: outcome(U, N, N, 'ok', 'ok', 'ok'),
  },
  cancelImport: {
    run: op(`mutation ($id: ID!) { cancelImport(id: $id) { status } }`, async (fx) => ({
      id: await ownerImport(fx),
    })),
    expect: outcome(U, N, N, 'ok', 'ok', 'ok'),
  },
  deleteFile: {
    run: op(`mutation ($id: ID!) { deleteFile(id: $id) }`, async (fx) => ({
      id: await freshFile(fx),
    })),
    expect: outcome(U, N, N, N, 'ok', 'ok'),
  },

  // — Notifications: each person their own —
  notifications: {
    run: op(`{ notifications { unreadCount edges { node { id } } } }`),
    expect: SIGNED_IN,
  },
  notification: {
    run: op(`query ($id: ID!) { notification(id: $id) { id } }`, () => ({ id: randomUUID() })),
    expect: outcome(U, 'null', 'null', 'null', 'null', 'null'),
  },
  unreadNotificationCount: { run: op(`{ unreadNotificationCount }`), expect: SIGNED_IN },
  notificationPreferences: {
    run: op(`{ notificationPreferences { kind email } }`),
    expect: SIGNED_IN,
  },
  markNotificationsRead: { run: op(`mutation { markNotificationsRead }`), expect: SIGNED_IN },
  updateNotificationPreference: {
    run: op(
      `mutation { updateNotificationPreference(input: { kind: MENTION, digest: false }) { kind } }`,
    ),
    expect: SIGNED_IN,
  },
  unsubscribeNotifications: {
    run: op(`mutation { unsubscribeNotifications(token: "not-a-token") { email } }`),
    expect: outcome(
      'BAD_USER_INPUT',
      'BAD_USER_INPUT',
      'BAD_USER_INPUT',
      'BAD_USER_INPUT',
      'BAD_USER_INPUT',
      'BAD_USER_INPUT',
    ),
  },

  // — The admin portal's fields: platform administrators only (apps/platform/test/platform-admin.test.ts
  // shows them working for one) —
  adminUsers: {
    run: op(`{ adminUsers(first: 5) { totalCount edges { node { email } } } }`),
    expect: PLATFORM_ADMINS,
  },
  adminUser: {
    run: op(`query ($id: ID!) { adminUser(id: $id) { email } }`, (fx) => ({
      id: fx.people.owner.id,
    })),
    expect: PLATFORM_ADMINS,
  },
  adminOverview: {
    run: op(`{ adminOverview { users tenants basesSynced } }`),
    expect: PLATFORM_ADMINS,
  },
  adminSystemHealth: { run: op(`{ adminSystemHealth { ready } }`), expect: PLATFORM_ADMINS },
  adminWorkspaces: {
    run: op(`{ adminWorkspaces(search: "Demo") { totalCount edges { node { name } } } }`),
    expect: PLATFORM_ADMINS,
  },
  adminWorkspace: {
    run: op(`query ($id: ID!) { adminWorkspace(id: $id) { name } }`, (fx) => ({
      id: fx.workspaceId,
    })),
    expect: PLATFORM_ADMINS,
  },
  adminSuspendWorkspace: {
    run: op(`mutation ($id: ID!) { adminSuspendWorkspace(id: $id) { suspendedAt } }`, (fx) => ({
      id: fx.workspaceId,
    })),
    expect: PLATFORM_ADMINS,
  },
  adminRestoreWorkspace: {
    run: op(`mutation ($id: ID!) { adminRestoreWorkspace(id: $id) { suspendedAt } }`, (fx) => ({
      id: fx.workspaceId,
    })),
    expect: PLATFORM_ADMINS,
  },
  adminDisableUser: {
    run: op(`mutation ($id: ID!) { adminDisableUser(id: $id) { disabledAt } }`, (fx) => ({
      id: fx.people.editor.id,
    })),
    expect: PLATFORM_ADMINS,
  },
  adminEnableUser: {
    run: op(`mutation ($id: ID!) { adminEnableUser(id: $id) { disabledAt } }`, (fx) => ({
      id: fx.people.editor.id,
    })),
    expect: PLATFORM_ADMINS,
  },
  adminSignOutUser: {
    run: op(`mutation ($id: ID!) { adminSignOutUser(id: $id) { activeSessions } }`, (fx) => ({
      id: fx.people.editor.id,
    })),
    expect: PLATFORM_ADMINS,
  },
  featureFlags: {
    run: op(`query ($w: ID!) { featureFlags(workspaceId: $w) { key enabled } }`, (fx) => ({
      w: fx.workspaceId,
    })),
    expect: WORKSPACE_MEMBERS,
  },
  adminFeatureFlags: {
    run: op(`{ adminFeatureFlags { key globalEnabled } }`),
    expect: PLATFORM_ADMINS,
  },
  adminSetFeatureFlag: {
    run: op(
      `mutation ($w: ID!) { adminSetFeatureFlag(input: { key: "assistant", workspaceId: $w, enabled: false }) { enabled } }`,
      (fx) => ({ w: fx.workspaceId }),
    ),
    expect: PLATFORM_ADMINS,
  },

  // — Workflows: members read, editors build and run; another workspace's do not exist —
  workflows: {
    run: op(`query ($w: ID!) { workflows(workspaceId: $w) { id } }`, (fx) => ({
      w: fx.workspaceId,
    })),
    expect: WORKSPACE_MEMBERS,
  },
  workflow: {
    run: op(`query ($id: ID!) { workflow(id: $id) { id } }`, async (fx) => ({
      id: await ownerWorkflow(fx),
    })),
    expect: MEMBERS,
  },
  workflowRuns: {
    run: op(
      `query ($id: ID!) { workflowRuns(workflowId: $id) { edges { node { id } } } }`,
      async (fx) => ({ id: await ownerWorkflow(fx) }),
    ),
    expect: MEMBERS,
  },
  workflowRun: {
    run: op(`query ($id: ID!) { workflowRun(id: $id) { id } }`, async (fx) => ({
      id: await freshRun(fx),
    })),
    expect: MEMBERS,
  },
  // The cron helper of the editor computes times; it reads nothing of anyone's.
  workflowScheduleTimes: {
    run: op(`{ workflowScheduleTimes(cron: "0 9 * * *") }`),
    expect: outcome('ok', 'ok', 'ok', 'ok', 'ok', 'ok'),
  },
  createWorkflow: {
    run: op(`mutation ($i: CreateWorkflowInput!) { createWorkflow(input: $i) { id } }`, (fx) => ({
      i: workflowInput(fx),
    })),
    expect: outcome(U, F, F, 'ok', 'ok', 'ok'),
  },
  updateWorkflow: {
    run: op(
      `mutation ($i: UpdateWorkflowInput!) { updateWorkflow(input: $i) { id } }`,
      async (fx) => ({
        i: { id: await ownerWorkflow(fx), description: 'Changed' },
      }),
    ),
    expect: EDITORS,
  },
  deleteWorkflow: {
    run: op(`mutation ($id: ID!) { deleteWorkflow(id: $id) }`, async (fx) => ({
      id: await freshWorkflow(fx),
    })),
    expect: EDITORS,
  },
  setWorkflowEnabled: {
    run: op(
      `mutation ($id: ID!) { setWorkflowEnabled(id: $id, enabled: true) { id } }`,
      async (fx) => ({
        id: await ownerWorkflow(fx),
      }),
    ),
    expect: EDITORS,
  },
  pauseWorkflow: {
    run: op(`mutation ($id: ID!) { pauseWorkflow(id: $id) { id } }`, async (fx) => ({
      id: await freshWorkflow(fx),
    })),
    expect: EDITORS,
  },
  resumeWorkflow: {
    run: op(`mutation ($id: ID!) { resumeWorkflow(id: $id) { id } }`, async (fx) => ({
      id: await freshWorkflow(fx),
    })),
    expect: EDITORS,
  },
  runWorkflow: {
    run: op(`mutation ($i: RunWorkflowInput!) { runWorkflow(input: $i) { id } }`, async (fx) => ({
      i: { workflowId: await ownerWorkflow(fx) },
    })),
    expect: EDITORS,
  },
  testWorkflow: {
    run: op(`mutation ($i: TestWorkflowInput!) { testWorkflow(input: $i) { id } }`, async (fx) => ({
      i: { workflowId: await ownerWorkflow(fx) },
    })),
    expect: EDITORS,
  },
  cancelWorkflowRun: {
    run: op(`mutation ($id: ID!) { cancelWorkflowRun(id: $id) { id } }`, async (fx) => ({
      id: await freshRun(fx),
    })),
    expect: EDITORS,
  },
  retryWorkflowRun: {
    run: op(`mutation ($id: ID!) { retryWorkflowRun(id: $id) { id } }`, async (fx) => ({
      id: await cancelledRun(fx),
    })),
    expect: EDITORS,
  },
  rotateWorkflowWebhookUrl: {
    run: op(`mutation ($id: ID!) { rotateWorkflowWebhookUrl(id: $id) { id } }`, async (fx) => ({
      id: await freshWorkflow(fx, { type: 'WEBHOOK' }),
    })),
    expect: EDITORS,
  },

  // Destructive for the shared base: run last (see the matrix test).
  removeBase: {
    run: op(`mutation ($id: ID!) { removeBase(id: $id) }`, (fx) => ({ id: fx.baseId })),
    // The admin removes it; for the owner after them it no longer exists.
    expect: outcome(U, N, F, F, 'ok', N),
  },
};
