import type { Caller } from './signed-context.ts';
import { signedFetch } from './signed-fetch.ts';

/** A GraphQL answer as the gateway gives it. */
export interface GatewayResult {
  data?: Record<string, unknown> | null;
  errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
}

/** Runs one operation; rejects when the gateway gave no GraphQL answer at all. */
export type GatewayExecutor = (
  document: string,
  variables: Record<string, unknown>,
) => Promise<GatewayResult>;

/**
 * Runs operations through the gateway as `caller`: a freshly signed context instead of an
 * Authorization header, so the gateway applies the person's permissions, audit and rate
 * limits (the assistant's tools, the permissions subgraph reading a base as its admin).
 */
export function createGatewayExecutor(options: {
  gatewayUrl: () => string;
  signingSecret: string;
  caller: Caller;
  timeoutMs: number;
}): GatewayExecutor {
  return async (document, variables) => {
    const url = new URL('/graphql', options.gatewayUrl()).toString();
    const res = await signedFetch(
      url,
      {
        body: JSON.stringify({ query: document, variables }),
        signal: AbortSignal.timeout(options.timeoutMs),
      },
      { audience: 'gateway', secret: options.signingSecret, caller: options.caller },
    );
    const text = await res.text();
    let body: GatewayResult;
    try {
      body = JSON.parse(text) as GatewayResult;
    } catch {
      throw new Error(`the gateway answered ${res.status} without a GraphQL response`);
    }
    if (!body || (body.data === undefined && !Array.isArray(body.errors)))
      throw new Error(`the gateway answered ${res.status} without a GraphQL response`);
    return body;
  };
}
