import { conflict } from '@pyairtable/subgraph-kit';
import type { IdentityDeps } from '../deps.ts';
import { sendAccountEmail } from './account-tokens.ts';
import { hashPassword } from './passwords.ts';
import { startSession } from './start-session.ts';
import { validEmail, validName, validPassword } from './validate.ts';

/** Creates an account and signs it in. */
export async function signUp(
  deps: IdentityDeps,
  input: { email: string; password: string; name: string },
) {
  const email = validEmail(input.email);
  const name = validName(input.name);
  const password = validPassword(input.password);
  const user = await deps.db.insertUser({
    email,
    name,
    passwordHash: await hashPassword(password),
  });
  if (!user) throw conflict('An account with this email already exists.');
  deps.logger.info({ userId: user.id }, 'user signed up');
  // The confirmation email is not waited for: signing up never hangs on the mail server.
  void sendAccountEmail(deps, user, 'EMAIL_VERIFICATION').catch((err: unknown) =>
    deps.logger.warn({ err, userId: user.id }, 'verification email not sent'),
  );
  return startSession(deps, user);
}
