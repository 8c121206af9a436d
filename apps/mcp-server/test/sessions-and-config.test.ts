import { describe, expect, it, onTestFinished } from 'vitest';
import { loadMcpHttpConfig, loadMcpStdioConfig } from '../src/config.ts';
import { createGatewayClient } from '../src/gateway-client.ts';
import { createSessionRegistry, type McpSession } from '../src/sessions.ts';

function fakeSession(id: string, ownerId: string, lastUsed: number) {
  const closed: string[] = [];
  const session = {
    id,
    ownerId,
    lastUsed,
    transport: { close: async () => void closed.push(`transport ${id}`) },
    server: { close: async () => void closed.push(`server ${id}`) },
  } as unknown as McpSession;
  return { session, closed };
}

describe('session registry', () => {
  it('finds a session only for the caller who opened it', async () => {
    const sessions = createSessionRegistry({ idleMs: 60_000, maxPerCaller: 5 });
    onTestFinished(() => sessions.closeAll());
    await sessions.add(fakeSession('s1', 'ann', 1).session);
    expect(sessions.find('s1', 'ann')?.id).toBe('s1');
    expect(sessions.find('s1', 'bob')).toBeUndefined();
    expect(sessions.find('nope', 'ann')).toBeUndefined();
  });

  it("closes a caller's least recently used session beyond the limit, and no one else's", async () => {
    let now = 0;
    const sessions = createSessionRegistry({ idleMs: 60_000, maxPerCaller: 2, clock: () => now });
    onTestFinished(() => sessions.closeAll());
    const a = fakeSession('a', 'ann', 1);
    const b = fakeSession('b', 'ann', 2);
    const other = fakeSession('x', 'bob', 0);
    await sessions.add(a.session);
    await sessions.add(b.session);
    await sessions.add(other.session);
    now = 10;
    sessions.find('a', 'ann'); // a is now the most recently used
    await sessions.add(fakeSession('c', 'ann', 11).session);
    expect(sessions.find('b', 'ann')).toBeUndefined();
    expect(b.closed).toEqual(['transport b', 'server b']);
    expect(sessions.find('a', 'ann')?.id).toBe('a');
    expect(sessions.find('x', 'bob')?.id).toBe('x');
    expect(sessions.size).toBe(3);
  });
});

describe('configuration', () => {
  it('takes the gateway as a base URL or its /graphql URL', () => {
    expect(loadMcpHttpConfig({ GATEWAY_URL: 'http://gw:4000' }).GATEWAY_URL).toBe(
      'http://gw:4000/graphql',
    );
    expect(loadMcpHttpConfig({ GATEWAY_URL: 'http://gw:4000/graphql' }).GATEWAY_URL).toBe(
      'http://gw:4000/graphql',
    );
  });

  it('allows the dashboards outside production and no browser origin in production', () => {
    expect(loadMcpHttpConfig({}).ALLOWED_ORIGINS).toContain('http://localhost:3000');
    expect(loadMcpHttpConfig({ NODE_ENV: 'production' }).ALLOWED_ORIGINS).toEqual([]);
    expect(
      loadMcpHttpConfig({ ALLOWED_ORIGINS: 'https://a.example, https://b.example' })
        .ALLOWED_ORIGINS,
    ).toEqual(['https://a.example', 'https://b.example']);
  });

  it('needs an API key for stdio', () => {
    expect(() => loadMcpStdioConfig({})).toThrow(/PYAIRTABLE_API_KEY/);
  });
});

describe('gateway client', () => {
  it('turns a body the gateway refuses as too large into a clear error', async () => {
    const client = createGatewayClient(
      'http://gw/graphql',
      async () => new Response('', { status: 413 }),
    );
    const result = await client.executeAs('pyat_x')('query { me { id } }', {});
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('sends the bearer and tells a refused one from an unreachable gateway', async () => {
    const seen: string[] = [];
    const refused = createGatewayClient('http://gw/graphql', async (_url, init) => {
      seen.push(new Headers(init?.headers).get('authorization')!);
      return Response.json(
        {
          errors: [
            {
              message: 'This API key is invalid or revoked.',
              extensions: { code: 'UNAUTHENTICATED' },
            },
          ],
        },
        { status: 401 },
      );
    });
    expect(await refused.identify('pyat_bad')).toEqual({
      ok: false,
      message: 'This API key is invalid or revoked.',
    });
    expect(seen).toEqual(['Bearer pyat_bad']);
    const broken = createGatewayClient(
      'http://gw/graphql',
      async () => new Response('oops', { status: 502 }),
    );
    await expect(broken.identify('pyat_x')).rejects.toThrow(/502/);
  });
});
