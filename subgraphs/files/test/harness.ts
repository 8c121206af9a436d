import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startAirtableSubgraph, type Person } from '@pyairtable/airtable/testing';
import { createMemoryEventBus } from '@pyairtable/events';
import { createGateway, loadGatewayConfig } from '@pyairtable/gateway';
import { createLogger, signAccessToken } from '@pyairtable/subgraph-kit';
import { createTestDatabase, postGraphQL, TEST_JWT_SECRET, testEnv } from '@pyairtable/testing';
import { onTestFinished } from 'vitest';
import { loadFilesConfig } from '../src/config.ts';
import { createFilesDeps } from '../src/create-files-deps.ts';
import { createFilesSubgraph } from '../src/subgraph.ts';

export type { Person } from '@pyairtable/airtable/testing';

// Nothing listens here: these tests need no identity, assistant or webhooks.
const CLOSED_PORT_URL = 'http://127.0.0.1:9/graphql';

/**
 * Files as people reach them: the files subgraph (createFilesSubgraph on a free port, bytes in
 * a temporary folder) behind the gateway, with the airtable subgraph (demo CRM synced) and
 * workspaces.
 */
export async function startFiles(
  options: {
    onClose?: (close: () => Promise<void>) => void;
    filesEnv?: Record<string, string>;
    /** airtable-local's settings (its rate limits: 1000 requests/s by default here). */
    localEnv?: Record<string, string>;
    /** The airtable subgraph's settings (its writer's pace). */
    airtableEnv?: Record<string, string>;
    workers?: boolean;
  } = {},
) {
  const onClose = options.onClose ?? onTestFinished;
  const airtable = await startAirtableSubgraph({
    onClose,
    localEnv: options.localEnv,
    airtableEnv: options.airtableEnv,
  });
  const events = createMemoryEventBus();
  onClose(() => events.close());
  const storageDir = await mkdtemp(path.join(os.tmpdir(), 'pyairtable-files-'));
  onClose(() => rm(storageDir, { recursive: true, force: true }));
  let gatewayUrl = '';
  const config = loadFilesConfig({
    ...testEnv,
    DATABASE_URL: await createTestDatabase('files'),
    WORKSPACES_URL: airtable.workspacesUrl,
    AIRTABLE_URL: airtable.url,
    FILES_STORAGE_DIR: storageDir,
    FILES_IMPORT_POLL_MS: '100',
    ...options.filesEnv,
  });
  const files = await createFilesDeps(config, {
    logger: createLogger('files', 'silent'),
    events,
    gatewayUrl: () => gatewayUrl,
  });
  const server = await createFilesSubgraph(files.deps).listen(0);
  if (options.workers !== false) files.worker.start();
  onClose(async () => {
    await server.close();
    await files.close();
  });

  const gateway = await createGateway({
    config: loadGatewayConfig({
      ...testEnv,
      SUBGRAPH_IDENTITY_URL: CLOSED_PORT_URL,
      // People's tokens are minted here, not signed in through identity.
      SESSION_CHECK: 'off',
      SUBGRAPH_LLM_URL: CLOSED_PORT_URL,
      SUBGRAPH_NOTIFICATIONS_URL: CLOSED_PORT_URL,
      SUBGRAPH_WEBHOOKS_URL: CLOSED_PORT_URL,
      SUBGRAPH_WORKSPACES_URL: new URL('/graphql', airtable.workspacesUrl).toString(),
      SUBGRAPH_AIRTABLE_URL: airtable.url,
      SUBGRAPH_FILES_URL: server.url,
    }),
    logger: createLogger('gateway', 'silent'),
    events,
  }).listen(0);
  gatewayUrl = gateway.url;
  onClose(() => gateway.close());

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

  return {
    ...airtable,
    gatewayUrl: gateway.url,
    files: files.deps,
    importWorker: files.worker,
    filesConfig: config,
    events,
    storageDir,
    gql,
    bearer,
  };
}

export type Files = Awaited<ReturnType<typeof startFiles>>;

export const CREATE_UPLOAD = `mutation ($input: CreateUploadInput!) {
  createUpload(input: $input) { uploadUrl file { id status filename size } }
}`;

export const FILE = `query ($id: ID!) {
  file(id: $id) { id status filename size contentType rejectedReason sha256 width height downloadUrl thumbnailUrl }
}`;

/** Uploads bytes through tus (one PATCH) as `person`; returns the file as it ended. */
export async function uploadBytes(
  app: Files,
  person: Person,
  filename: string,
  bytes: Uint8Array,
  contentType = 'application/octet-stream',
) {
  const created = await app.gql(person)(CREATE_UPLOAD, {
    input: { workspaceId: app.workspaceId, filename, size: bytes.length, contentType },
  });
  if (!created.data) throw new Error(JSON.stringify(created.errors));
  const { uploadUrl, file } = created.data.createUpload;
  await fetch(uploadUrl, {
    method: 'PATCH',
    headers: {
      authorization: `Bearer ${await app.bearer(person)}`,
      'tus-resumable': '1.0.0',
      'upload-offset': '0',
      'content-type': 'application/offset+octet-stream',
    },
    body: bytes,
  });
  return (await app.gql(person)(FILE, { id: file.id })).data!.file as {
    id: string;
    status: string;
  };
}

export const START_IMPORT = `mutation ($input: StartImportInput!) {
  startImport(input: $input) { id status tableId }
}`;

export const IMPORT_JOB = `query ($id: ID!) {
  importJob(id: $id) { id status totalRows rowsDone rowsWritten rowsRejected error
    rejections(first: 100) { line column reason } }
}`;
