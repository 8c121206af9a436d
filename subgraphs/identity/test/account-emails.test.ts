import { startLocalMailbox } from '@pyairtable/mail';
import { describe, expect, it, onTestFinished } from 'vitest';
import { PASSWORD_RESET_TTL_MS } from '../src/domain/account-tokens.ts';
import { startIdentity } from './harness.ts';

const SIGN_UP = `mutation ($i: SignUpInput!) { signUp(input: $i) { accessToken refreshToken user { id emailVerified } } }`;
const LOG_IN = `mutation ($i: LogInInput!) { logIn(input: $i) { accessToken } }`;
const REQUEST_RESET = `mutation ($e: String!) { requestPasswordReset(email: $e) }`;
const RESET = `mutation ($i: ResetPasswordInput!) { resetPassword(input: $i) }`;
const REFRESH = `mutation ($t: String!) { refreshSession(refreshToken: $t) { accessToken } }`;
const VERIFY = `mutation ($t: String!) { verifyEmail(token: $t) { id emailVerified } }`;

async function start() {
  const mailbox = await startLocalMailbox();
  onTestFinished(() => mailbox.close());
  const identity = await startIdentity({ smtpUrl: mailbox.smtpUrl });
  /** The token in the newest email to `to` whose link goes to `path`. */
  const tokenFrom = async (to: string, path: string) => {
    const mail = await mailbox.waitFor(
      (m) => m.to.includes(to) && m.text.includes(`https://app.example.com${path}?token=`),
    );
    return new URL(/https:\/\/app\.example\.com\S+/.exec(mail.text)![0]).searchParams.get('token')!;
  };
  return { ...identity, mailbox, tokenFrom };
}

describe('emailed account links', () => {
  it('resets a forgotten password once, within 30 minutes, and ends every session', async () => {
    const { run, clock, mailbox, tokenFrom } = await start();
    const email = 'forgot@example.com';
    const signedUp = await run(SIGN_UP, {
      i: { email, password: 'old password', name: 'Forgot' },
    });
    const session = signedUp.data.signUp.refreshToken;

    // Known and unknown addresses get the same answer; only the account's owner gets mail.
    expect((await run(REQUEST_RESET, { e: 'nobody@example.com' })).data).toEqual({
      requestPasswordReset: true,
    });
    expect((await run(REQUEST_RESET, { e: 'FORGOT@example.com' })).data).toEqual({
      requestPasswordReset: true,
    });
    const token = await tokenFrom(email, '/reset-password');
    expect(mailbox.messages().some((m) => m.to.includes('nobody@example.com'))).toBe(false);

    const tooShort = await run(RESET, { i: { token, newPassword: 'short' } });
    expect(tooShort.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await run(RESET, { i: { token, newPassword: 'new password' } })).data).toEqual({
      resetPassword: true,
    });
    const again = await run(RESET, { i: { token, newPassword: 'another password' } });
    expect(again.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    expect((await run(REFRESH, { t: session })).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    const old = await run(LOG_IN, { i: { email, password: 'old password' } });
    expect(old.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const fresh = await run(LOG_IN, { i: { email, password: 'new password' } });
    expect(fresh.data?.logIn.accessToken).toBeTruthy();

    // A link older than 30 minutes, or superseded by a newer one, no longer works.
    await run(REQUEST_RESET, { e: email });
    const first = await tokenFrom(email, '/reset-password');
    await run(REQUEST_RESET, { e: email });
    const second = await mailbox.waitFor(
      (m) => m.to.includes(email) && !m.text.includes(first) && m.text.includes('reset-password'),
    );
    expect(second).toBeTruthy();
    const superseded = await run(RESET, { i: { token: first, newPassword: 'third password' } });
    expect(superseded.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const latest = new URL(/https:\/\/app\.example\.com\S+/.exec(second.text)![0]).searchParams.get(
      'token',
    )!;
    clock.advance(PASSWORD_RESET_TTL_MS + 1_000);
    const expired = await run(RESET, { i: { token: latest, newPassword: 'third password' } });
    expect(expired.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('confirms the address of a new account with the link in its welcome email', async () => {
    const { run, tokenFrom } = await start();
    const email = 'new@example.com';
    const signedUp = await run(SIGN_UP, { i: { email, password: 'a password', name: 'New' } });
    expect(signedUp.data.signUp.user.emailVerified).toBe(false);
    const token = await tokenFrom(email, '/verify-email');
    expect((await run(VERIFY, { t: token })).data.verifyEmail).toEqual({
      id: signedUp.data.signUp.user.id,
      emailVerified: true,
    });
    expect((await run(VERIFY, { t: token })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const forged = await run(VERIFY, { t: 'not-a-token' });
    expect(forged.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
