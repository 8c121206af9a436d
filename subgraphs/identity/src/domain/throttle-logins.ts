import { rateLimited } from '@pyairtable/subgraph-kit';
import type { IdentityDeps } from '../deps.ts';

/** How far back failed attempts count. */
export const LOGIN_WINDOW_MS = 15 * 60_000;
/** Failures from one address at one account before each further attempt must wait. */
export const FREE_FAILURES_PER_ACCOUNT_AND_IP = 3;
/** Failures at one account from all addresses before every attempt must wait (a slow trickle). */
export const FREE_FAILURES_PER_ACCOUNT = 20;
/** Failures from one address, across accounts, before it is refused (password spraying). */
export const MAX_FAILURES_PER_IP = 20;
const MAX_DELAY_FROM_ONE_IP_S = 15 * 60;
const MAX_DELAY_ACROSS_IPS_S = 60;

/** Seconds to wait after the last failure: 1, 2, 4… once `free` failures are spent. */
export function loginDelaySeconds(failures: number, free: number, max: number): number {
  if (failures < free) return 0;
  return Math.min(2 ** (failures - free), max);
}

/**
 * Throttles guessing without handing anyone a way to lock the owner out: failures from one
 * address at one account make that pair wait progressively longer (1 s, 2 s, 4 s… up to
 * 15 min); failures from everywhere at one account slow every attempt by at most a minute;
 * one address failing at many accounts is refused for the window. The counts live in
 * PostgreSQL, so every identity replica throttles alike.
 */
export async function assertLoginAllowed(
  deps: IdentityDeps,
  email: string,
  ip: string | null,
): Promise<void> {
  const now = deps.clock().getTime();
  const since = new Date(now - LOGIN_WINDOW_MS);
  const waitFor = (last: Date | null, delaySeconds: number) =>
    last ? Math.ceil((last.getTime() + delaySeconds * 1000 - now) / 1000) : 0;

  if (ip) {
    const fromHere = await deps.db.failedLogins({ email, ip }, since);
    const wait = waitFor(
      fromHere.lastAt,
      loginDelaySeconds(fromHere.count, FREE_FAILURES_PER_ACCOUNT_AND_IP, MAX_DELAY_FROM_ONE_IP_S),
    );
    if (wait > 0)
      throw rateLimited(
        wait,
        `Too many failed sign-in attempts. Try again in ${describeSeconds(wait)}.`,
      );
    const spraying = await deps.db.failedLogins({ ip }, since);
    if (spraying.count >= MAX_FAILURES_PER_IP)
      throw rateLimited(
        LOGIN_WINDOW_MS / 1000,
        'Too many failed sign-in attempts from this address. Try again in 15 minutes.',
      );
  }
  const everywhere = await deps.db.failedLogins({ email }, since);
  const wait = waitFor(
    everywhere.lastAt,
    loginDelaySeconds(everywhere.count, FREE_FAILURES_PER_ACCOUNT, MAX_DELAY_ACROSS_IPS_S),
  );
  if (wait > 0)
    throw rateLimited(
      wait,
      `Too many failed sign-in attempts. Try again in ${describeSeconds(wait)}.`,
    );
}

function describeSeconds(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}
