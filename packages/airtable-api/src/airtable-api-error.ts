/** Airtable answers these when a retry of the same request may succeed. */
const RETRYABLE_STATUSES = new Set([429, 500, 502, 503, 504]);

/** What the client knows about a failed Airtable request. */
export interface AirtableApiErrorInit {
  /** The HTTP status; 0 when no response was read (network error, timeout). */
  status: number;
  /** Airtable's error type (e.g. `UNKNOWN_FIELD_NAME`), or `NETWORK_ERROR` / `TIMEOUT`. */
  type: string;
  message: string;
  /** Defaults to true for 429, 500, 502, 503, 504 and transport failures. */
  retryable?: boolean;
  retryAfterMs?: number;
  cause?: unknown;
}

/** A failed Airtable API request, with Airtable's status and error type. */
export class AirtableApiError extends Error {
  override readonly name = 'AirtableApiError';
  readonly status: number;
  readonly type: string;
  readonly retryable: boolean;
  readonly retryAfterMs?: number;

  constructor(init: AirtableApiErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.status = init.status;
    this.type = init.type;
    this.retryable = init.retryable ?? isRetryable(init.status, init.type);
    if (init.retryAfterMs !== undefined) this.retryAfterMs = init.retryAfterMs;
  }
}

/** Whether a failure with this status (or transport error type) is worth retrying. */
export function isRetryable(status: number, type: string): boolean {
  return RETRYABLE_STATUSES.has(status) || type === 'NETWORK_ERROR' || type === 'TIMEOUT';
}
