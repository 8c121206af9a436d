import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../src/domain/passwords.ts';
import {
  FREE_FAILURES_PER_ACCOUNT_AND_IP,
  loginDelaySeconds,
  MAX_FAILURES_PER_IP,
} from '../src/domain/throttle-logins.ts';
import { startIdentity } from './harness.ts';

const SIGN_UP = `mutation ($i: SignUpInput!) { signUp(input: $i) { user { id email } } }`;
const LOG_IN = `mutation ($i: LogInInput!) { logIn(input: $i) { accessToken } }`;

describe('identity subgraph', () => {
  it('hashes passwords with scrypt and salts each hash', async () => {
    const a = await hashPassword('same password');
    const b = await hashPassword('same password');
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('same password', a)).toBe(true);
    expect(await verifyPassword('other password', a)).toBe(false);
    expect(await verifyPassword('same password', 'garbage')).toBe(false);
  });

  it('slows guesses from one address progressively, without locking the owner out elsewhere', async () => {
    const { run, clock } = await startIdentity();
    await run(SIGN_UP, {
      i: { email: 'lock@example.com', password: 'right password', name: 'Lock' },
    });
    const attempt = (password: string, ip = '10.1.1.1') =>
      run(LOG_IN, { i: { email: 'LOCK@example.com', password } }, ip);
    for (let i = 0; i < FREE_FAILURES_PER_ACCOUNT_AND_IP; i++)
      expect((await attempt('wrong password')).errors?.[0]?.extensions?.code).toBe(
        'UNAUTHENTICATED',
      );
    // From the guessing address, even the right password waits: 1 s, then 2 s, 4 s…
    expect((await attempt('right password')).errors?.[0]?.extensions).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterSeconds: 1,
    });
    // The owner, elsewhere, signs in as always.
    expect((await attempt('right password', '10.2.2.2')).data?.logIn.accessToken).toBeTruthy();
    clock.advance(1_000);
    expect((await attempt('wrong password')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await attempt('wrong password')).errors?.[0]?.extensions).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterSeconds: 2,
    });
    clock.advance(2_000);
    expect((await attempt('right password')).data?.logIn.accessToken).toBeTruthy();
  });

  it('refuses an address that fails at many accounts (password spraying)', async () => {
    const { run } = await startIdentity();
    let last: any;
    for (let i = 0; i <= MAX_FAILURES_PER_IP; i++)
      last = await run(
        LOG_IN,
        { i: { email: `spray${i}@example.com`, password: 'x' } },
        '10.9.9.9',
      );
    expect(last.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    const elsewhere = await run(
      LOG_IN,
      { i: { email: 'spray99@example.com', password: 'x' } },
      '10.8.8.8',
    );
    expect(elsewhere.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('computes the wait after failures: free ones, then doubling, capped', () => {
    expect([0, 2, 3, 4, 5, 30].map((n) => loginDelaySeconds(n, 3, 900))).toEqual([
      0, 0, 1, 2, 4, 900,
    ]);
  });

  it('resolves User references for the gateway in one database query per request', async () => {
    const { run, calls } = await startIdentity();
    const ids: string[] = [];
    for (const n of [1, 2, 3]) {
      const res = await run(SIGN_UP, {
        i: { email: `u${n}@example.com`, password: 'long enough', name: `U${n}` },
      });
      ids.push(res.data.signUp.user.id);
    }
    calls.findUsersByIds = 0;
    const res = await run(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on User { id email } } }`,
      {
        r: [...ids, '00000000-0000-4000-8000-000000000000'].map((id) => ({
          __typename: 'User',
          id,
        })),
      },
    );
    expect(res.data._entities.map((u: any) => u?.email ?? null)).toEqual([
      'u1@example.com',
      'u2@example.com',
      'u3@example.com',
      null,
    ]);
    expect(calls.findUsersByIds).toBe(1);
  });
});
