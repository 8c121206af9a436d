import { AirtableApiError } from './airtable-api-error.ts';
import { parseErrorResponse, RATE_LIMIT_PENALTY_MS } from './parse-error-response.ts';
import { baseRateKey, tokenRateKey } from './rate-limit-keys.ts';
import type { RateLimiter } from './rate-limiter.ts';

/** Query values; arrays become `name[]=a&name[]=b` as Airtable expects. */
export type Query = Record<string, string | number | boolean | string[] | undefined>;

/** One request to the Web API. */
export interface ApiRequest {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Starts with `/v0/`. */
  path: string;
  query?: Query;
  body?: unknown;
  /** The base the request counts against (Airtable's per-base limit). */
  baseId?: string;
  /** `content`: Airtable's content API (uploads), on its own host. */
  host?: 'api' | 'content';
}

/** Settings shared by every request of one client. */
export interface RequestSettings {
  apiUrl: string;
  /** The content API's origin; content.airtable.com for Airtable, else `apiUrl`. */
  contentUrl?: string;
  token: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
  limiter?: RateLimiter;
}

/** Sends one request and returns the parsed JSON body, or throws AirtableApiError. */
export type SendRequest = <T>(request: ApiRequest) => Promise<T>;

function buildUrl(apiUrl: string, path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const item of value) params.append(`${name}[]`, item);
    else params.append(name, String(value));
  }
  const qs = params.toString();
  return `${apiUrl.replace(/\/+$/, '')}${path}${qs ? `?${qs}` : ''}`;
}

function transportError(error: unknown, timeoutMs: number): AirtableApiError {
  const name = error instanceof Error ? error.name : '';
  if (name === 'TimeoutError') {
    return new AirtableApiError({
      status: 0,
      type: 'TIMEOUT',
      message: `No answer from Airtable within ${timeoutMs} ms`,
      cause: error,
    });
  }
  const reason = String(error instanceof Error ? (error.cause ?? error) : error);
  return new AirtableApiError({
    status: 0,
    type: 'NETWORK_ERROR',
    message: `Could not reach Airtable: ${reason}`,
    cause: error,
  });
}

/** Airtable serves uploads from content.airtable.com; airtable-local serves both from one origin. */
function contentUrlOf(apiUrl: string): string {
  const url = new URL(apiUrl);
  if (url.hostname === 'api.airtable.com') url.hostname = 'content.airtable.com';
  return url.origin;
}

/** Builds the function every client method sends through: pacing, timeout, error mapping. */
export function createSendRequest(settings: RequestSettings): SendRequest {
  const doFetch = settings.fetch ?? fetch;
  const timeoutMs = settings.timeoutMs ?? 30_000;
  const tokenKey = tokenRateKey(settings.token);
  const contentUrl = settings.contentUrl ?? contentUrlOf(settings.apiUrl);

  return async <T>(request: ApiRequest): Promise<T> => {
    const baseKey = request.baseId === undefined ? undefined : baseRateKey(request.baseId);
    await settings.limiter?.acquire(baseKey ? [baseKey, tokenKey] : [tokenKey]);
    const headers: Record<string, string> = { authorization: `Bearer ${settings.token}` };
    if (request.body !== undefined) headers['content-type'] = 'application/json';

    let status: number;
    let text: string;
    let retryAfter: string | null;
    try {
      // The timeout covers the response body too, and starts after the limiter let us go.
      const res = await doFetch(
        buildUrl(
          request.host === 'content' ? contentUrl : settings.apiUrl,
          request.path,
          request.query,
        ),
        {
          method: request.method,
          headers,
          body: request.body === undefined ? undefined : JSON.stringify(request.body),
          signal: AbortSignal.timeout(timeoutMs),
        },
      );
      status = res.status;
      retryAfter = res.headers.get('retry-after');
      text = await res.text();
    } catch (error) {
      throw transportError(error, timeoutMs);
    }

    if (status < 200 || status >= 300) {
      const error = parseErrorResponse(status, text, retryAfter);
      if (status === 429 && settings.limiter) {
        // The 429 is what the caller must see; a limiter that cannot store the penalty
        // (Redis down) fails loudly on the next acquire instead.
        await settings.limiter
          .penalize(baseKey ?? tokenKey, error.retryAfterMs ?? RATE_LIMIT_PENALTY_MS)
          .catch(() => undefined);
      }
      throw error;
    }
    try {
      return JSON.parse(text) as T;
    } catch (cause) {
      throw new AirtableApiError({
        status,
        type: 'INVALID_RESPONSE',
        message: `Airtable answered ${status} with a body that is not JSON`,
        retryable: false,
        cause,
      });
    }
  };
}
