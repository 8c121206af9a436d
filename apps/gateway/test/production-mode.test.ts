import { collect, connectGraphqlWs } from '@pyairtable/testing';
import { describe, expect, it } from 'vitest';
import { signUp, useStack } from './stack.ts';

const INTROSPECTION = '{ __schema { types { name } } }';
const METRICS_TOKEN = 'metrics-token-0123456789';

describe('production mode', () => {
  it('hides the schema: no introspection on either transport, no suggestions, no playground or metrics', async () => {
    const stack = await useStack({ NODE_ENV: 'production' });
    const person = await signUp(stack, 'Prod');

    const introspection = await stack.execute(INTROSPECTION);
    expect(introspection.status).toBe(400);
    expect(introspection.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(introspection.errors?.[0]?.message).toMatch(/introspection has been disabled/);
    expect(
      (await stack.execute('{ __type(name: "User") { fields { name } } }')).errors?.[0]?.message,
    ).toMatch(/introspection has been disabled/);
    expect((await stack.execute('{ __typename }')).data).toEqual({ __typename: 'Query' });

    const typo = await stack.execute('{ me { emial } }', {}, person.accessToken);
    expect(typo.errors?.[0]?.message).toBe('Cannot query field "emial" on type "User".');

    const overSocket = collect(
      connectGraphqlWs(stack.gatewayUrl, person.accessToken),
      INTROSPECTION,
      {},
    );
    await overSocket.next(1);
    expect(overSocket.results).toEqual([]);
    expect((overSocket.errors[0] as { message: string }[])[0]).toMatchObject({
      message: expect.stringMatching(/introspection has been disabled/),
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });

    const page = await fetch(stack.gatewayUrl, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toMatch(/graphiql/i);
    expect((await fetch(new URL('/graphiql/graphiql.js', stack.gatewayUrl))).status).toBe(404);
    expect((await fetch(new URL('/metrics', stack.gatewayUrl))).status).toBe(404);
  });

  it('serves metrics to the bearer of METRICS_TOKEN, and introspection and the playground when enabled', async () => {
    const stack = await useStack({
      NODE_ENV: 'production',
      METRICS_TOKEN,
      GRAPHQL_INTROSPECTION: 'true',
      GRAPHIQL: 'true',
    });
    const metrics = (authorization?: string) =>
      fetch(new URL('/metrics', stack.gatewayUrl), {
        headers: authorization ? { authorization } : {},
      });
    expect((await metrics()).status).toBe(401);
    expect((await metrics(`Bearer ${METRICS_TOKEN}x`)).status).toBe(401);
    const allowed = await metrics(`Bearer ${METRICS_TOKEN}`);
    expect(allowed.status).toBe(200);
    expect(await allowed.text()).toMatch(/^gateway_subscriptions_active 0$/m);

    expect((await stack.execute(INTROSPECTION)).data?.__schema).toBeDefined();
    expect((await stack.execute('{ me { emial } }')).errors?.[0]?.message).toMatch(
      /Did you mean "email"\?/,
    );
    const page = await fetch(stack.gatewayUrl, { headers: { accept: 'text/html' } });
    expect(await page.text()).toMatch(/graphiql/i);
  });
});
