import { describe, expect, it } from 'vitest';
import { signUp, useStack } from './stack.ts';

const REFRESH = `mutation ($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken user { email } } }`;
const ME = `query { me { email } }`;

describe('sessions', () => {
  it('rotates refresh tokens: each works once and yields a working access token', async () => {
    const stack = await useStack();
    const person = await signUp(stack, 'Rita');

    const first = await stack.execute(REFRESH, { t: person.refreshToken });
    expect(first.errors).toBeUndefined();
    const rotated = first.data!.refreshSession;
    expect(rotated.refreshToken).not.toBe(person.refreshToken);
    expect((await stack.execute(ME, {}, rotated.accessToken)).data!.me.email).toBe(person.email);

    const second = await stack.execute(REFRESH, { t: rotated.refreshToken });
    expect(second.errors).toBeUndefined();
  });

  it('revokes the whole session when a used refresh token is presented again', async () => {
    const stack = await useStack();
    const person = await signUp(stack, 'Reuse');
    const rotated = (await stack.execute(REFRESH, { t: person.refreshToken })).data!.refreshSession;

    const replay = await stack.execute(REFRESH, { t: person.refreshToken });
    expect(replay.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    // The legitimate holder's newer token died with the family.
    const legit = await stack.execute(REFRESH, { t: rotated.refreshToken });
    expect(legit.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('ends a session on logOut and rejects unknown refresh tokens', async () => {
    const stack = await useStack();
    const person = await signUp(stack, 'Leo');
    const out = await stack.execute(
      `mutation ($t: String) { logOut(refreshToken: $t) }`,
      { t: person.refreshToken },
      person.accessToken,
    );
    expect(out.data).toEqual({ logOut: true });
    expect(
      (await stack.execute(REFRESH, { t: person.refreshToken })).errors?.[0]?.extensions?.code,
    ).toBe('UNAUTHENTICATED');
    expect((await stack.execute(REFRESH, { t: 'rt_made-up' })).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('changes a password, ending other sessions, and logs in only with the new one', async () => {
    const stack = await useStack();
    const person = await signUp(stack, 'Pia');
    const other = await stack.execute(
      `mutation ($i: LogInInput!) { logIn(input: $i) { refreshToken } }`,
      { i: { email: person.email, password: person.password } },
    );
    const CHANGE = `mutation ($i: ChangePasswordInput!) { changePassword(input: $i) }`;

    const wrong = await stack.execute(
      CHANGE,
      { i: { currentPassword: 'nope nope nope', newPassword: 'a brand new secret' } },
      person.accessToken,
    );
    expect(wrong.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'currentPassword',
    });

    const ok = await stack.execute(
      CHANGE,
      { i: { currentPassword: person.password, newPassword: 'a brand new secret' } },
      person.accessToken,
    );
    expect(ok.data).toEqual({ changePassword: true });

    expect(
      (await stack.execute(REFRESH, { t: other.data!.logIn.refreshToken })).errors?.[0]?.extensions
        ?.code,
    ).toBe('UNAUTHENTICATED');
    expect((await stack.execute(REFRESH, { t: person.refreshToken })).errors).toBeUndefined();
    const LOG_IN = `mutation ($i: LogInInput!) { logIn(input: $i) { accessToken } }`;
    expect(
      (await stack.execute(LOG_IN, { i: { email: person.email, password: person.password } }))
        .errors?.[0]?.extensions?.code,
    ).toBe('UNAUTHENTICATED');
    expect(
      (await stack.execute(LOG_IN, { i: { email: person.email, password: 'a brand new secret' } }))
        .errors,
    ).toBeUndefined();
  });
});
