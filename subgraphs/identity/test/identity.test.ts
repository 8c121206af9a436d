import { createLogger } from '@pyairtable/subgraph-kit';
import { createTestDatabase, gatewayHeaders, postGraphQL, testEnv } from '@pyairtable/testing';
import { describe, expect, it, onTestFinished } from 'vitest';
import { loadIdentityConfig } from '../src/config.ts';
import { createIdentityDb } from '../src/db.ts';
import { hashPassword, verifyPassword } from '../src/domain/passwords.ts';
import { MAX_FAILURES_PER_ACCOUNT } from '../src/domain/throttle-logins.ts';
import { createIdentitySubgraph } from '../src/subgraph.ts';

async function startIdentity() {
  const config = loadIdentityConfig({
    ...testEnv,
    DATABASE_URL: await createTestDatabase('identity'),
  });
  const db = createIdentityDb(config.DATABASE_URL);
  const calls = { findUsersByIds: 0 };
  const counted = {
    ...db,
    findUsersByIds: (ids: readonly string[]) => (calls.findUsersByIds++, db.findUsersByIds(ids)),
  };
  const server = await createIdentitySubgraph({
    config,
    db: counted,
    logger: createLogger('identity', 'silent'),
    clock: () => new Date(),
    gatewayUrl: () => 'http://127.0.0.1:9/graphql',
  }).listen(0);
  onTestFinished(async () => {
    await server.close();
    await db.close();
  });
  const run = (query: string, variables: Record<string, unknown> = {}, ip = '10.1.1.1') =>
    postGraphQL<any>(server.url, query, variables, gatewayHeaders({ ip }));
  return { run, calls };
}

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

  it('locks an account after repeated failures, even with the right password, and per IP', async () => {
    const { run } = await startIdentity();
    await run(SIGN_UP, {
      i: { email: 'lock@example.com', password: 'right password', name: 'Lock' },
    });
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      const res = await run(LOG_IN, {
        i: { email: 'lock@example.com', password: 'wrong password' },
      });
      expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    const locked = await run(LOG_IN, {
      i: { email: 'LOCK@example.com', password: 'right password' },
    });
    expect(locked.errors?.[0]?.extensions).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterSeconds: 900,
    });

    // Spraying many accounts from one address trips the per-IP limit.
    let last: any;
    for (let i = 0; i < 21; i++)
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
