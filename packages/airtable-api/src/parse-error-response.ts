import { AirtableApiError } from './airtable-api-error.ts';

/** After a 429 Airtable refuses every request for 30 seconds. */
export const RATE_LIMIT_PENALTY_MS = 30_000;

// Used when the body names no type (a proxy's HTML page, an empty body).
const TYPE_BY_STATUS: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'AUTHENTICATION_REQUIRED',
  402: 'PAYMENT_REQUIRED',
  403: 'INVALID_PERMISSIONS_OR_MODEL_NOT_FOUND',
  404: 'NOT_FOUND',
  413: 'REQUEST_TOO_LARGE',
  422: 'UNPROCESSABLE_ENTITY',
  429: 'RATE_LIMIT_REACHED',
  500: 'SERVER_ERROR',
  502: 'BAD_GATEWAY',
  503: 'SERVICE_UNAVAILABLE',
  504: 'GATEWAY_TIMEOUT',
};

interface ParsedError {
  type?: string;
  message?: string;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const text = (v: unknown): string | undefined =>
  typeof v === 'string' && v.length > 0 ? v : undefined;

/** One error entry: `{"type","message"}`, `"TYPE"`, or the observed `{"error":"TYPE","message"}`. */
function readEntry(entry: unknown): ParsedError {
  if (typeof entry === 'string') return { type: text(entry) };
  if (!isObject(entry)) return {};
  return { type: text(entry.type) ?? text(entry.error), message: text(entry.message) };
}

/** Reads the three envelopes Airtable uses: `{"error":{…}}`, `{"error":"TYPE"}`, `{"errors":[…]}`. */
function readBody(bodyText: string): ParsedError {
  let body: unknown;
  try {
    body = JSON.parse(bodyText);
  } catch {
    return {};
  }
  if (!isObject(body)) return {};
  if (body.error !== undefined) return readEntry(body.error);
  if (Array.isArray(body.errors) && body.errors.length > 0) return readEntry(body.errors[0]);
  return {};
}

/** `Retry-After` in seconds or as an HTTP date, as milliseconds from `now`. */
function readRetryAfter(header: string | null | undefined, now: number): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.round(seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Turns an Airtable error response (status, raw body, `Retry-After`) into an AirtableApiError. */
export function parseErrorResponse(
  status: number,
  bodyText: string,
  retryAfter?: string | null,
  now: number = Date.now(),
): AirtableApiError {
  const parsed = readBody(bodyText);
  const type = parsed.type ?? TYPE_BY_STATUS[status] ?? `HTTP_${status}`;
  const retryAfterMs =
    readRetryAfter(retryAfter, now) ?? (status === 429 ? RATE_LIMIT_PENALTY_MS : undefined);
  return new AirtableApiError({
    status,
    type,
    message: parsed.message ?? `Airtable answered ${status} ${type}`,
    retryAfterMs,
  });
}
