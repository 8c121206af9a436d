import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { main as startAirtable } from '@pyairtable/airtable';
import { main as startAudit } from '@pyairtable/audit';
import { main as startFiles } from '@pyairtable/files';
import { main as startIdentity } from '@pyairtable/identity';
import { main as startNotifications } from '@pyairtable/notifications';
import { createTestDatabase, postGraphQL, testEnv } from '@pyairtable/testing';
import { main as startWebhooks } from '@pyairtable/webhooks';
import { main as startWorkflows } from '@pyairtable/workflows';
import { main as startWorkspaces } from '@pyairtable/workspaces';
import { onTestFinished } from 'vitest';
import { main as startGateway } from '../src/index.ts';

// Nothing listens here.
const CLOSED_PORT_URL = 'http://127.0.0.1:9/graphql';

export interface Stack {
  gatewayUrl: string;
  identityUrl: string;
  workspacesUrl: string;
  airtableUrl: string;
  auditUrl: string;
  airtable: Awaited<ReturnType<typeof startAirtable>>;
  /** Runs an operation through the gateway, optionally as a bearer. */
  execute<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    bearer?: string,
  ): ReturnType<typeof postGraphQL<T>>;
  close(): Promise<void>;
}

/** Identity, workspaces, airtable, webhooks, notifications, audit, files, workflows and the gateway on free ports, each subgraph on its own fresh database. */
export async function startStack(
  gatewayEnv: Record<string, string> = {},
  airtableEnv: Record<string, string> = {},
  identityEnv: Record<string, string> = {},
): Promise<Stack> {
  const identity = await startIdentity({
    ...testEnv,
    PORT: '0',
    DATABASE_URL: await createTestDatabase('identity'),
    ...identityEnv,
  });
  const workspaces = await startWorkspaces({
    ...testEnv,
    PORT: '0',
    DATABASE_URL: await createTestDatabase('workspaces'),
  });
  const airtable = await startAirtable({
    ...testEnv,
    PORT: '0',
    DATABASE_URL: await createTestDatabase('airtable'),
    WORKSPACES_URL: workspaces.url,
    RUN_WORKERS: 'false',
    // Access by workspace role: permissions are tested with their subgraph (subgraphs/permissions).
    PERMISSIONS_URL: 'none',
    ...airtableEnv,
  });
  // Their workers stay off: the gateway tests need their graph, not their deliveries.
  const webhooks = await startWebhooks({
    ...testEnv,
    PORT: '0',
    DATABASE_URL: await createTestDatabase('webhooks'),
    WORKSPACES_URL: workspaces.url,
    AIRTABLE_URL: airtable.url,
    RUN_WORKERS: 'false',
  });
  const files = await startFiles({
    ...testEnv,
    PORT: '0',
    DATABASE_URL: await createTestDatabase('files'),
    WORKSPACES_URL: workspaces.url,
    AIRTABLE_URL: airtable.url,
    RUN_WORKERS: 'false',
    FILES_STORAGE_DIR: await mkdtemp(path.join(os.tmpdir(), 'pyairtable-stack-files-')),
  });
  const notifications = await startNotifications({
    ...testEnv,
    PORT: '0',
    DATABASE_URL: await createTestDatabase('notifications'),
    WORKSPACES_URL: workspaces.url,
    IDENTITY_URL: identity.url,
    AIRTABLE_URL: airtable.url,
    RUN_WORKERS: 'false',
  });
  const audit = await startAudit({
    ...testEnv,
    PORT: '0',
    DATABASE_URL: await createTestDatabase('audit'),
    WORKSPACES_URL: workspaces.url,
    AIRTABLE_URL: airtable.url,
    RUN_WORKERS: 'false',
  });
  const workflows = await startWorkflows({
    ...testEnv,
    PORT: '0',
    DATABASE_URL: await createTestDatabase('workflows'),
    WORKSPACES_URL: workspaces.url,
    AIRTABLE_URL: airtable.url,
    RUN_WORKERS: 'false',
  });
  const gateway = await startGateway({
    ...testEnv,
    PORT: '0',
    API_KEY_CACHE_SECONDS: '0',
    SUBGRAPH_IDENTITY_URL: identity.url,
    SUBGRAPH_WORKSPACES_URL: workspaces.url,
    SUBGRAPH_AIRTABLE_URL: airtable.url,
    SUBGRAPH_WEBHOOKS_URL: webhooks.url,
    SUBGRAPH_NOTIFICATIONS_URL: notifications.url,
    SUBGRAPH_AUDIT_URL: audit.url,
    // The gateway's audit outbox, in a database of its own.
    AUDIT_OUTBOX_DATABASE_URL: await createTestDatabase('audit'),
    SUBGRAPH_FILES_URL: files.url,
    SUBGRAPH_WORKFLOWS_URL: workflows.url,
    // The assistant and permissions are not started: their tests bring their own gateway.
    SUBGRAPH_LLM_URL: CLOSED_PORT_URL,
    SUBGRAPH_PERMISSIONS_URL: CLOSED_PORT_URL,
    ...gatewayEnv,
  });
  return {
    gatewayUrl: gateway.url,
    identityUrl: identity.url,
    workspacesUrl: workspaces.url,
    airtableUrl: airtable.url,
    auditUrl: audit.url,
    airtable,
    execute: (query, variables = {}, bearer) =>
      postGraphQL(
        gateway.url,
        query,
        variables,
        bearer ? { authorization: `Bearer ${bearer}` } : {},
      ),
    close: async () => {
      await gateway.close();
      await Promise.all([
        webhooks.close(),
        notifications.close(),
        audit.close(),
        files.close(),
        workflows.close(),
      ]);
      await Promise.all([identity.close(), workspaces.close(), airtable.close()]);
    },
  };
}

/** A stack closed when the current test finishes. */
export async function useStack(
  gatewayEnv?: Record<string, string>,
  airtableEnv?: Record<string, string>,
): Promise<Stack> {
  const stack = await startStack(gatewayEnv, airtableEnv);
  onTestFinished(() => stack.close());
  return stack;
}

export const SIGN_UP = /* GraphQL */ `
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      accessToken
      refreshToken
      user {
        id
        email
        name
      }
    }
  }
`;

/** Signs up a fresh person and returns their tokens. */
export async function signUp(stack: Stack, name: string) {
  const email = `${name.toLowerCase()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
  const res = await stack.execute(SIGN_UP, {
    input: { email, password: 'correct horse battery', name },
  });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  const payload = res.data.signUp as {
    accessToken: string;
    refreshToken: string;
    user: { id: string; email: string };
  };
  return { ...payload, email, password: 'correct horse battery' };
}
