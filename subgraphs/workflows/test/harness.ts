import { randomUUID } from 'node:crypto';
import { startAirtableSubgraph, type Person } from '@pyairtable/airtable/testing';
import { createMemoryEventBus, type PlatformEvent } from '@pyairtable/events';
import { createGateway, loadGatewayConfig } from '@pyairtable/gateway';
import { createLogger, signAccessToken } from '@pyairtable/subgraph-kit';
import { main as startLlm } from '@pyairtable/llm';
import {
  connectGraphqlWs,
  createTestDatabase,
  postGraphQL,
  startOpenAiTestServer,
  TEST_JWT_SECRET,
  testEnv,
} from '@pyairtable/testing';
import { expect, onTestFinished } from 'vitest';
import { loadWorkflowsConfig } from '../src/config.ts';
import { createWorkflowsDeps } from '../src/create-workflows-deps.ts';
import { createWorkflowsSubgraph } from '../src/subgraph.ts';

export type { Person } from '@pyairtable/airtable/testing';

// Nothing listens here: these tests need no identity or assistant.
const CLOSED_PORT_URL = 'http://127.0.0.1:9/graphql';

/**
 * Workflows as people reach them: the workflows subgraph (createWorkflowsSubgraph on a free
 * port, its triggers and run workers running) behind the gateway with the airtable subgraph
 * (the demo CRM synced from airtable-local) and workspaces; runs act through that gateway.
 * http steps may reach 127.0.0.1 (WORKFLOWS_ALLOW_HOSTS). Its clock can be moved on.
 */
export async function startWorkflows(
  options: {
    onClose?: (close: () => Promise<void>) => void;
    workflowsEnv?: Record<string, string>;
    workers?: boolean;
    /** The workflows database (a fresh one by default). */
    databaseUrl?: string;
    /** Also the assistant (the llm subgraph) on an OpenAI-compatible test server. */
    assistant?: boolean;
  } = {},
) {
  const onClose = options.onClose ?? onTestFinished;
  const airtable = await startAirtableSubgraph({ onClose });
  const events = createMemoryEventBus();
  onClose(() => events.close());
  let offsetMs = 0;
  const clock = () => new Date(Date.now() + offsetMs);
  let gatewayUrl = CLOSED_PORT_URL;
  const databaseUrl = options.databaseUrl ?? (await createTestDatabase('workflows'));
  const config = loadWorkflowsConfig({
    ...testEnv,
    DATABASE_URL: databaseUrl,
    WORKSPACES_URL: airtable.workspacesUrl,
    AIRTABLE_URL: airtable.url,
    WORKFLOWS_ALLOW_HOSTS: '127.0.0.1',
    WORKFLOWS_POLL_MS: '200',
    WORKFLOWS_LEASE_MS: '3000',
    ...options.workflowsEnv,
  });
  const workflows = await createWorkflowsDeps(config, {
    events,
    clock,
    logger: createLogger('workflows', 'silent'),
    gatewayUrl: () => gatewayUrl,
  });
  const server = await createWorkflowsSubgraph(workflows.deps).listen(0);
  onClose(async () => {
    await server.close();
    await workflows.close();
  });

  const openai = options.assistant ? await startOpenAiTestServer({ apiKey: 'sk-test' }) : null;
  if (openai) onClose(() => openai.close());
  const llm = openai
    ? await startLlm(
        {
          ...testEnv,
          PORT: '0',
          DATABASE_URL: await createTestDatabase('llm'),
          WORKSPACES_URL: airtable.workspacesUrl,
          OPENAI_API_KEY: 'sk-test',
          OPENAI_BASE_URL: openai.url,
          LLM_MODEL: 'test-model',
          LLM_TIMEOUT_MS: '10000',
        },
        { gatewayUrl: () => gatewayUrl },
      )
    : null;
  if (llm) onClose(() => llm.close());
  const gateway = await createGateway({
    config: loadGatewayConfig({
      ...testEnv,
      SUBGRAPH_IDENTITY_URL: CLOSED_PORT_URL,
      // People's tokens are minted here, not signed in through identity.
      SESSION_CHECK: 'off',
      SUBGRAPH_LLM_URL: llm?.url ?? CLOSED_PORT_URL,
      SUBGRAPH_NOTIFICATIONS_URL: CLOSED_PORT_URL,
      SUBGRAPH_WORKSPACES_URL: new URL('/graphql', airtable.workspacesUrl).toString(),
      SUBGRAPH_AIRTABLE_URL: airtable.url,
      SUBGRAPH_WORKFLOWS_URL: server.url,
    }),
    logger: createLogger('gateway', 'silent'),
    events,
  }).listen(0);
  onClose(() => gateway.close());
  gatewayUrl = gateway.url;

  if (options.workers !== false) await workflows.workers.start();
  // The feed starts where the change log is now: only changes made from here on trigger.
  await workflows.workers.triggers.catchUp();

  const bearer = async (person: Person) =>
    (
      await signAccessToken(
        TEST_JWT_SECRET,
        { userId: person.id, email: person.email, sessionId: randomUUID() },
        new Date(),
        900,
      )
    ).token;
  /** Runs an operation through the gateway as `person`. */
  const gql =
    (person: Person) =>
    async <T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}) =>
      postGraphQL<T>(gateway.url, query, variables, {
        authorization: `Bearer ${await bearer(person)}`,
      });
  /** Collects the platform events of the given types from now on. */
  const heard = (types: PlatformEvent['type'][]) => {
    const seen: PlatformEvent[] = [];
    events.subscribe((e) => void seen.push(e), { types });
    return seen;
  };
  const owner = gql(airtable.owner);
  /** A graphql-ws client of the gateway signed in as `person`. */
  const connect = async (person: Person) => connectGraphqlWs(gateway.url, await bearer(person));
  /** Creates and enables a workflow as the owner; returns its id. */
  const createWorkflow = async (input: Record<string, unknown>, enabled = true) => {
    const created = await owner(CREATE_WORKFLOW, {
      input: { workspaceId: airtable.workspaceId, name: 'Test', ...input },
    });
    if (!created.data) throw new Error(JSON.stringify(created.errors));
    const id = created.data.createWorkflow.id as string;
    if (enabled) await owner(SET_ENABLED, { id, enabled: true });
    return id;
  };
  /** The workflow's runs, newest first, with their steps. */
  const runs = async (workflowId: string) =>
    ((await owner(RUNS, { id: workflowId })).data?.workflowRuns.edges ?? []).map(
      (e: { node: unknown }) => e.node,
    ) as RunView[];
  /** Waits for the workflow's runs to reach `count`, all finished. */
  const finishedRuns = async (workflowId: string, count: number, timeout = 20_000) => {
    await expect
      .poll(
        async () =>
          (await runs(workflowId)).filter((r) =>
            ['SUCCEEDED', 'FAILED', 'CANCELLED'].includes(r.status),
          ).length,
        { timeout, interval: 150 },
      )
      .toBe(count);
    return runs(workflowId);
  };

  return {
    ...airtable,
    gatewayUrl: gateway.url,
    workflowsUrl: server.url,
    workflows: workflows.deps,
    workers: workflows.workers,
    databaseUrl,
    openai,
    events,
    heard,
    gql,
    connect,
    /** Runs an operation as the workspace's owner. */
    owner,
    ownerPerson: airtable.owner,
    createWorkflow,
    runs,
    finishedRuns,
    /** Moves the workflows subgraph's clock on. */
    advance(ms: number) {
      offsetMs += ms;
    },
  };
}

export type Workflows = Awaited<ReturnType<typeof startWorkflows>>;

export interface RunView {
  id: string;
  status: string;
  version: number;
  triggerType: string;
  trigger: Record<string, any>;
  error: string | null;
  failedStep: string | null;
  dryRun: boolean;
  steps: {
    key: string;
    status: string;
    attempts: number;
    input: any;
    output: any;
    logs: string[];
    error: string | null;
  }[];
}

export const CREATE_WORKFLOW = `mutation ($input: CreateWorkflowInput!) {
  createWorkflow(input: $input) { id version enabled trigger steps webhookUrl nextRunTimes }
}`;

export const SET_ENABLED = `mutation ($id: ID!, $enabled: Boolean!) {
  setWorkflowEnabled(id: $id, enabled: $enabled) { id enabled }
}`;

const RUN_FIELDS = `id status version triggerType trigger error failedStep dryRun
  steps { key status attempts input output logs error }`;

export const RUNS = `query ($id: ID!) {
  workflowRuns(workflowId: $id, first: 100) { edges { node { ${RUN_FIELDS} } } }
}`;

export const TEST_WORKFLOW = `mutation ($input: TestWorkflowInput!) {
  testWorkflow(input: $input) { ${RUN_FIELDS} }
}`;

export const RUN_WORKFLOW = `mutation ($input: RunWorkflowInput!) {
  runWorkflow(input: $input) { ${RUN_FIELDS} }
}`;
