import { rateLimited } from '@pyairtable/subgraph-kit';
import type { IdentityDeps } from '../deps.ts';

// Failed attempts allowed per window before further attempts are refused.
export const LOGIN_WINDOW_MS = 15 * 60_000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_IP = 20;

/**
 * Refuses a login when the account or the IP has failed too often recently. The counts live
 * in PostgreSQL, so every identity replica enforces the same limit.
 */
export async function assertLoginAllowed(
  deps: IdentityDeps,
  email: string,
  ip: string | null,
): Promise<void> {
  const since = new Date(deps.clock().getTime() - LOGIN_WINDOW_MS);
  const retryAfterSeconds = LOGIN_WINDOW_MS / 1000;
  if ((await deps.db.countFailedLogins({ email }, since)) >= MAX_FAILURES_PER_ACCOUNT) {
    throw rateLimited(
      retryAfterSeconds,
      'Too many failed sign-in attempts for this account. Try again in 15 minutes.',
    );
  }
  if (ip && (await deps.db.countFailedLogins({ ip }, since)) >= MAX_FAILURES_PER_IP) {
    throw rateLimited(
      retryAfterSeconds,
      'Too many failed sign-in attempts from this address. Try again in 15 minutes.',
    );
  }
}
