import type { ExecuteOperation } from '@pyairtable/graph-tools';
import {
  CONTEXT_HEADER,
  REQUEST_ID_HEADER,
  signCaller,
  type Caller,
} from '@pyairtable/subgraph-kit';

/**
 * Runs operations through the gateway as `caller`: a freshly signed context instead of an
 * Authorization header, so the gateway applies the person's permissions, audit and rate limits.
 */
export function createGatewayExecutor(options: {
  gatewayUrl: () => string;
  signingSecret: string;
  caller: Caller;
  timeoutMs: number;
}): ExecuteOperation {
  return async (document, variables) => {
    const url = new URL('/graphql', options.gatewayUrl()).toString();
    const res = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [REQUEST_ID_HEADER]: options.caller.requestId,
        [CONTEXT_HEADER]: signCaller(
          { ...options.caller, issuedAt: Date.now() },
          options.signingSecret,
        ),
      },
      body: JSON.stringify({ query: document, variables }),
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    const text = await res.text();
    let body: Awaited<ReturnType<ExecuteOperation>>;
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      throw new Error(`the gateway answered ${res.status} without a GraphQL response`);
    }
    if (!body || (body.data === undefined && !Array.isArray(body.errors)))
      throw new Error(`the gateway answered ${res.status} without a GraphQL response`);
    return body;
  };
}
