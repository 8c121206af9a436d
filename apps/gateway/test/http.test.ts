import net from 'node:net';
import { postAsGateway, postGraphQL } from '@pyairtable/testing';
import { describe, expect, it, onTestFinished } from 'vitest';
import { MAX_FAILURES_PER_IP } from '@pyairtable/identity';
import { signUp, useStack, type Stack } from './stack.ts';

describe('gateway HTTP surface', () => {
  it('serves health, readiness and a request id', async () => {
    const stack = await useStack();
    const base = new URL(stack.gatewayUrl);
    expect(await (await fetch(new URL('/healthz', base))).json()).toEqual({
      status: 'ok',
      service: 'gateway',
    });
    const ready = await fetch(new URL('/readyz', base));
    // The test stack runs without the assistant and permissions: a subgraph down makes the gateway unready.
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({
      status: 'unavailable',
      subgraphs: {
        identity: 'ready',
        workspaces: 'ready',
        permissions: 'unavailable',
        airtable: 'ready',
        files: 'ready',
        llm: 'unavailable',
        notifications: 'ready',
        webhooks: 'ready',
        workflows: 'ready',
        audit: 'ready',
      },
    });
    const res = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'client-chosen-id-1234' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(res.headers.get('x-request-id')).toBe('client-chosen-id-1234');
  });

  it('answers CORS preflights for the dashboard origins only', async () => {
    const stack = await useStack({ CORS_ORIGINS: 'http://localhost:3000' });
    const preflight = (origin: string) =>
      fetch(stack.gatewayUrl, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization, content-type',
        },
      });
    const allowed = await preflight('http://localhost:3000');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
    expect(allowed.headers.get('access-control-allow-headers')).toContain('authorization');
    const other = await preflight('https://evil.example');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('accepts a service acting for a person with their re-signed caller, and nothing forged', async () => {
    const stack = await useStack();
    const alice = await signUp(stack, 'Alice');
    const me = '{ me { email } }';
    const asAlice = await postAsGateway(
      'gateway',
      stack.gatewayUrl,
      me,
      {},
      { userId: alice.user.id, email: alice.email },
    );
    expect(asAlice.data).toEqual({ me: { email: alice.email } });
    const forged = await postAsGateway(
      'gateway',
      stack.gatewayUrl,
      me,
      {},
      { userId: alice.user.id, email: alice.email },
      'not-the-signing-secret',
    );
    expect(forged.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const stale = await postAsGateway(
      'gateway',
      stack.gatewayUrl,
      me,
      {},
      { userId: alice.user.id, email: alice.email, issuedAt: Date.now() - 120_000 },
    );
    expect(stale.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('serves the GraphiQL playground with every asset from this server', async () => {
    const stack = await useStack();
    const page = await fetch(stack.gatewayUrl, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(assets.length).toBeGreaterThanOrEqual(5);
    for (const asset of assets) {
      expect(asset.startsWith('/')).toBe(true);
      const res = await fetch(new URL(asset, stack.gatewayUrl));
      expect(res.status, asset).toBe(200);
      expect((await res.text()).length).toBeGreaterThan(100);
    }
  });

  it('refuses operations that are too deep or too costly, and bodies that are too large', async () => {
    const stack = await useStack({
      MAX_QUERY_DEPTH: '3',
      MAX_QUERY_COST: '40',
      MAX_BODY_BYTES: '2000',
    });
    const person = await signUp(stack, 'Lim');
    const deep = await stack.execute(
      `query { me { workspaces { members { user { email } } } } }`,
      {},
      person.accessToken,
    );
    expect(deep.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(deep.errors?.[0]?.message).toBe('Query depth limit of 3 exceeded, found 5.');

    const wide = await stack.execute(
      `query { me { workspaces { id name role createdAt } } }`,
      {},
      person.accessToken,
    );
    expect(wide.errors?.[0]?.message).toMatch(/cost \d+ exceeds the limit of 40/);

    const big = await stack.execute(
      `query { me { id } } # ${'x'.repeat(5000)}`,
      {},
      person.accessToken,
    );
    expect(big.status).toBe(413);
  });

  it('counts failed sign-ins per client address behind a proxy on this host, and only there', async () => {
    const LOG_IN = `mutation ($i: LogInInput!) { logIn(input: $i) { accessToken } }`;
    const logInFrom = (stack: Stack, address: string, n: number) =>
      postGraphQL(
        stack.gatewayUrl,
        LOG_IN,
        { i: { email: `nobody${n}@example.com`, password: 'wrong' } },
        { 'x-forwarded-for': address },
      );
    // A spray of failures from one address (sent by a proxy on loopback, like the dashboard's
    // server) stops that address…
    const proxied = await useStack();
    let last: Awaited<ReturnType<typeof logInFrom>> | undefined;
    for (let n = 0; n <= MAX_FAILURES_PER_IP; n++)
      last = await logInFrom(proxied, '203.0.113.7', n);
    expect(last?.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(last?.errors?.[0]?.message).toMatch(/from this address/);
    // …and nobody else behind the same proxy.
    const other = await logInFrom(proxied, '203.0.113.8', 99);
    expect(other.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    // Trusting no proxy, the header is ignored: everyone here is the same loopback address.
    const direct = await useStack({ TRUST_PROXY: '0' });
    for (let n = 0; n <= MAX_FAILURES_PER_IP; n++) await logInFrom(direct, `198.51.100.${n}`, n);
    const claimed = await logInFrom(direct, '198.51.100.200', 99);
    expect(claimed.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });

  it('keeps connections to a subgraph bounded under a burst, and answers a subgraph that hangs in time', async () => {
    // A TCP relay in front of identity counts the gateway's open connections to it.
    let target = 0;
    let open = 0;
    let most = 0;
    const relay = net.createServer((client) => {
      most = Math.max(most, ++open);
      client.on('close', () => open--);
      const upstream = net.connect(target, '127.0.0.1');
      client.pipe(upstream).pipe(client);
      upstream.on('error', () => client.destroy());
      client.on('error', () => upstream.destroy());
    });
    // A subgraph that accepts connections and never answers.
    const silent = net.createServer(() => undefined);
    const listen = (server: net.Server) =>
      new Promise<number>((resolve) =>
        server.listen(0, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port)),
      );
    const [relayPort, silentPort] = [await listen(relay), await listen(silent)];
    try {
      const stack = await useStack({
        SUBGRAPH_IDENTITY_URL: `http://127.0.0.1:${relayPort}/graphql`,
        SUBGRAPH_WORKSPACES_URL: `http://127.0.0.1:${silentPort}/graphql`,
        SUBGRAPH_MAX_CONNECTIONS: '3',
        SUBGRAPH_TIMEOUT_MS: '1000',
      });
      target = Number(new URL(stack.identityUrl).port);
      const person = await signUp(stack, 'Burst');
      const answers = await Promise.all(
        Array.from({ length: 40 }, () =>
          stack.execute(`query { me { email } }`, {}, person.accessToken),
        ),
      );
      expect(answers.map((a) => a.data?.me?.email)).toEqual(Array(40).fill(person.email));
      expect(most).toBeGreaterThan(0);
      // SUBGRAPH_MAX_CONNECTIONS, plus the one check of the person's session (the 40 requests
      // share it: one question per session per SESSION_CACHE_SECONDS).
      expect(most).toBeLessThanOrEqual(3 + 1);

      const hung = await stack.execute(
        `query { me { workspaces { id } } }`,
        {},
        person.accessToken,
      );
      expect(hung.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    } finally {
      relay.close();
      silent.close();
    }
  });

  it('stops an operation at its deadline with TIMEOUT, and abandons its subgraph requests', async () => {
    // A workspaces subgraph that accepts connections and never answers.
    const held: net.Socket[] = [];
    const silent = net.createServer((socket) => void held.push(socket.resume()));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    onTestFinished(() => void silent.close());
    const stack = await useStack({
      SUBGRAPH_WORKSPACES_URL: `http://127.0.0.1:${(silent.address() as net.AddressInfo).port}/graphql`,
      SUBGRAPH_TIMEOUT_MS: '600000',
      REQUEST_TIMEOUT_MS: '1000',
    });
    const person = await signUp(stack, 'Late');
    const res = await stack.execute(`query { me { workspaces { id } } }`, {}, person.accessToken);
    expect(res.status).toBe(504);
    expect(res.data ?? null).toBeNull();
    expect(res.errors).toEqual([
      {
        message: 'The request took longer than 1000 ms and was stopped. Ask for less, or retry.',
        extensions: { code: 'TIMEOUT' },
      },
    ]);
    // The gateway hung up on the subgraph rather than keep waiting for it.
    expect(held.length).toBeGreaterThan(0);
    await Promise.all(
      held.map((socket) =>
        socket.destroyed ? undefined : new Promise((resolve) => socket.once('close', resolve)),
      ),
    );
  });

  it('refuses an answer larger than MAX_RESPONSE_BYTES with RESPONSE_TOO_LARGE', async () => {
    const stack = await useStack({ MAX_RESPONSE_BYTES: '1000' });
    const person = await signUp(stack, 'Wide');
    for (let i = 0; i < 12; i++) {
      await stack.execute(
        `mutation ($i: CreateWorkspaceInput!) { createWorkspace(input: $i) { id } }`,
        { i: { name: `Workspace number ${i} with a fairly long name` } },
        person.accessToken,
      );
    }
    const small = await stack.execute(`query { me { email } }`, {}, person.accessToken);
    expect(small.data).toEqual({ me: { email: person.email } });
    const wide = await stack.execute(
      `query { me { workspaces { id name createdAt role } } }`,
      {},
      person.accessToken,
    );
    expect(wide.data ?? null).toBeNull();
    expect(wide.errors).toEqual([
      {
        message:
          'The answer would be larger than 1000 bytes. Ask for fewer records or fields, or page through them.',
        extensions: { code: 'RESPONSE_TOO_LARGE' },
      },
    ]);
  });

  it("serves Prometheus metrics: the gateway's series, Node's, and operation latency by type", async () => {
    const stack = await useStack();
    const person = await signUp(stack, 'Meter');
    await stack.execute(`query { me { email } }`, {}, person.accessToken);
    const res = await fetch(new URL('/metrics', stack.gatewayUrl));
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    for (const series of [
      /^gateway_subscriptions_active 0$/m,
      /^gateway_subscription_deliveries_total 0$/m,
      /^gateway_subscription_resolutions_total 0$/m,
      /^gateway_subgraph_requests_total\{subgraph="identity"\} [1-9]\d*$/m,
      /^gateway_operation_duration_seconds_count\{type="query",outcome="ok"\} [1-9]\d*$/m,
      /^gateway_operation_duration_seconds_count\{type="mutation",outcome="ok"\} 1$/m,
      /^process_cpu_seconds_total \d/m,
      /^nodejs_heap_size_used_bytes \d/m,
    ])
      expect(text).toMatch(series);
  });

  it('never shows internals: a subgraph that is down yields UPSTREAM_UNAVAILABLE without a stack', async () => {
    const broken = await useStack({ SUBGRAPH_WORKSPACES_URL: 'http://127.0.0.1:9/graphql' });
    const syntax = await broken.execute(`query { me { id `);
    expect(syntax.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    const person = await signUp(broken, 'Down');
    {
      const res = await broken.execute(
        `query { me { email workspaces { id } } }`,
        {},
        person.accessToken,
      );
      expect(res.data?.me?.email ?? null).toBe(null);
      const error = res.errors?.[0];
      expect(error?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
      expect(JSON.stringify(res)).not.toMatch(/stacktrace|ECONNREFUSED|at \w+ \(/);
    }
  });
});
