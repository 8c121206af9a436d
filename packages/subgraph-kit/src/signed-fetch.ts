import {
  CONTEXT_HEADER,
  pathOf,
  REQUEST_ID_HEADER,
  signRequest,
  type Caller,
} from './signed-context.ts';

export interface SignedFetchInit {
  method?: string;
  headers?: Record<string, string>;
  /** A string body (JSON is sent as `application/json` unless headers say otherwise). */
  body?: string;
  signal?: AbortSignal;
}

/**
 * fetch, signed for this one request to `audience` (a subgraph's name, or "gateway") as
 * `caller`: how platform services call each other's graphs and internal routes.
 */
export function signedFetch(
  url: string | URL,
  init: SignedFetchInit,
  sign: { audience: string; secret: string; caller: Caller },
): Promise<Response> {
  const method = init.method ?? (init.body === undefined ? 'GET' : 'POST');
  const caller = { ...sign.caller, issuedAt: Date.now() };
  return fetch(url, {
    method,
    signal: init.signal,
    body: init.body,
    headers: {
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...init.headers,
      [REQUEST_ID_HEADER]: caller.requestId,
      [CONTEXT_HEADER]: signRequest(
        caller,
        { audience: sign.audience, method, path: pathOf(url), body: init.body },
        sign.secret,
      ),
    },
  });
}
