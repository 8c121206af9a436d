import { unauthenticated } from '@pyairtable/subgraph-kit';
import type { IdentityDeps } from '../deps.ts';
import { decoyHash, verifyPassword } from './passwords.ts';
import { startSession } from './start-session.ts';
import { assertLoginAllowed } from './throttle-logins.ts';

/** Signs in with email and password. */
export async function logIn(
  deps: IdentityDeps,
  input: { email: string; password: string },
  ip: string | null,
) {
  const email = input.email.trim().toLowerCase();
  await assertLoginAllowed(deps, email, ip);
  const user = await deps.db.findUserByEmail(email);
  const ok = await verifyPassword(input.password, user?.passwordHash ?? (await decoyHash()));
  await deps.db.recordLoginAttempt({
    email,
    ip,
    succeeded: ok && user !== null,
    createdAt: deps.clock(),
  });
  if (!ok || !user) throw unauthenticated('Email or password is incorrect.');
  return startSession(deps, user);
}
