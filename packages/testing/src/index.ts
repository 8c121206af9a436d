import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { readSupergraphManifest } from '@pyairtable/config';
import { ensureDatabase } from '@pyairtable/db';
import { CONTEXT_HEADER, pathOf, signRequest, type Caller } from '@pyairtable/subgraph-kit';
import { inject } from 'vitest';
import './provided-context.ts';

/** A fresh database for one test file, cloned from the subgraph's migrated template. */
export async function createTestDatabase(subgraph: string): Promise<string> {
  const prefix = inject('databasePrefix');
  const name = subgraph.replace(/-/g, '_');
  return ensureDatabase(
    inject('postgresUrl'),
    `${prefix}${name}_${randomBytes(4).toString('hex')}`,
    {
      template: `${prefix}tpl_${name}`,
    },
  );
}

/**
 * A fresh database for every subgraph of supergraph.yaml and for airtable-local, as the
 * launcher's <NAME>_DATABASE_URL settings (so a new subgraph needs no change here).
 */
export async function createPlatformDatabases(): Promise<Record<string, string>> {
  const root = path.resolve(import.meta.dirname, '../../..');
  const names = [
    ...readSupergraphManifest(path.join(root, 'supergraph.yaml')).subgraphs.map((s) => s.name),
    'airtable-local',
  ];
  const env: Record<string, string> = {};
  for (const name of names)
    env[`${name.toUpperCase().replace(/-/g, '_')}_DATABASE_URL`] = await createTestDatabase(name);
  return env;
}

/** The signing secret tests share between gateway and subgraphs. */
export const TEST_SIGNING_SECRET = 'test-gateway-signing-secret-0123456789abcdef';
export const TEST_JWT_SECRET = 'test-jwt-secret-0123456789abcdef0123456789';

/** Settings every service under test shares. */
export const testEnv = {
  NODE_ENV: 'test',
  LOG_LEVEL: 'silent',
  GATEWAY_SIGNING_SECRET: TEST_SIGNING_SECRET,
  JWT_SECRET: TEST_JWT_SECRET,
};

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: unknown[] }[];
}

/** POSTs a GraphQL operation and returns the status and body. */
export async function postGraphQL<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as Omit<GraphQLResponse<T>, 'status'>;
  return { status: res.status, ...body };
}

/** A caller as the gateway would describe it; `caller` overrides the defaults. */
function testCaller(caller: Partial<Caller>): Caller {
  return {
    requestId: `test-${randomBytes(4).toString('hex')}`,
    userId: null,
    email: null,
    sessionId: null,
    apiKeyId: null,
    ip: '127.0.0.1',
    issuedAt: Date.now(),
    ...caller,
  };
}

/**
 * fetch as the gateway (or a platform service) sends it to `audience` (a subgraph's name, or
 * "gateway"): signed for this one request.
 */
export function fetchAsGateway(
  audience: string,
  url: string | URL,
  init: { method?: string; body?: string; headers?: Record<string, string> } = {},
  caller: Partial<Caller> = {},
  secret = TEST_SIGNING_SECRET,
): Promise<Response> {
  const method = init.method ?? (init.body === undefined ? 'GET' : 'POST');
  const target = { audience, method, path: pathOf(url), body: init.body };
  return fetch(url, {
    method,
    body: init.body,
    headers: {
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...init.headers,
      [CONTEXT_HEADER]: signRequest(testCaller(caller), target, secret),
    },
  });
}

/** postGraphQL as the gateway sends it to `audience`, signed for this one request. */
export async function postAsGateway<T = Record<string, unknown>>(
  audience: string,
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  caller: Partial<Caller> = {},
  secret = TEST_SIGNING_SECRET,
): Promise<GraphQLResponse<T>> {
  const res = await fetchAsGateway(
    audience,
    url,
    { body: JSON.stringify({ query, variables }) },
    caller,
    secret,
  );
  const body = (await res.json()) as Omit<GraphQLResponse<T>, 'status'>;
  return { status: res.status, ...body };
}

export {
  allRegistered,
  collect,
  connect as connectGraphqlWs,
  nextMatching,
  type Stream,
} from './graphql-ws-client.ts';
export {
  startOpenAiTestServer,
  type OpenAiTestServer,
  type RecordedRequest,
  type ScriptedCompletion,
  type ScriptedError,
  type ScriptedReply,
  type ScriptedToolCall,
} from './openai-test-server.ts';
export { parsePrometheusText, samplesOf, type Sample } from './prometheus-text.ts';
export { freePort, startServiceProcess, waitUntilReady } from './service-process.ts';
