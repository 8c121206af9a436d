import { describe, expect, it } from 'vitest';
import {
  AirtableApiError,
  createAirtableClient,
  tokenRateKey,
  type RateLimiter,
} from '../src/index.ts';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

function clientWith(fetch: typeof globalThis.fetch, limiter?: RateLimiter) {
  return createAirtableClient({
    apiUrl: 'https://api.example.test/',
    token: 'patSecret',
    fetch,
    limiter,
  });
}

describe('client transport', () => {
  it('sends the bearer token to the right URL and asks the limiter for base and token keys', async () => {
    const sent: { url: string; init: RequestInit | undefined }[] = [];
    const keys: string[][] = [];
    const limiter: RateLimiter = {
      acquire: async (k) => void keys.push(k),
      penalize: async () => undefined,
    };
    const client = clientWith(async (url, init) => {
      sent.push({ url: String(url), init });
      return json(200, { records: [{ id: 'recA', deleted: true }] });
    }, limiter);

    await client.deleteRecords('appX', 'My Table', ['recA']);

    expect(sent[0]!.url).toBe('https://api.example.test/v0/appX/My%20Table?records%5B%5D=recA');
    expect(sent[0]!.init).toMatchObject({
      method: 'DELETE',
      headers: { authorization: 'Bearer patSecret' },
    });
    expect(sent[0]!.init?.signal).toBeInstanceOf(AbortSignal);
    expect(keys).toEqual([['base:appX', tokenRateKey('patSecret')]]);
    expect(tokenRateKey('patSecret')).toMatch(/^token:[0-9a-f]{16}$/);
  });

  it('follows offsets when listing bases and asks only for the token key', async () => {
    const keys: string[][] = [];
    const urls: string[] = [];
    const client = clientWith(
      async (url) => {
        urls.push(String(url));
        return String(url).includes('offset=')
          ? json(200, { bases: [{ id: 'appB', name: 'B', permissionLevel: 'read' }] })
          : json(200, {
              bases: [{ id: 'appA', name: 'A', permissionLevel: 'create' }],
              offset: 'itr1',
            });
      },
      { acquire: async (k) => void keys.push(k), penalize: async () => undefined },
    );

    const { bases } = await client.listBases();

    expect(bases.map((b) => b.id)).toEqual(['appA', 'appB']);
    expect(urls[1]).toBe('https://api.example.test/v0/meta/bases?offset=itr1');
    expect(keys).toEqual([[tokenRateKey('patSecret')], [tokenRateKey('patSecret')]]);
  });

  it('turns a failed connection into a retryable NETWORK_ERROR', async () => {
    const client = clientWith(async () => {
      throw new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED 127.0.0.1:1') });
    });

    const error = await client.getRecord('appX', 'Deals', 'recA').catch((e: unknown) => e);

    expect(error).toBeInstanceOf(AirtableApiError);
    expect(error).toMatchObject({ status: 0, type: 'NETWORK_ERROR', retryable: true });
    expect((error as Error).message).toContain('ECONNREFUSED');
  });

  it('turns an aborted request into a retryable TIMEOUT', async () => {
    const client = clientWith(async () => {
      throw new DOMException('The operation was aborted due to timeout', 'TimeoutError');
    });

    await expect(client.getBaseSchema('appX')).rejects.toMatchObject({
      status: 0,
      type: 'TIMEOUT',
      retryable: true,
    });
  });

  it('refuses a success body that is not JSON without calling it retryable', async () => {
    const client = clientWith(async () => new Response('<html>', { status: 200 }));

    await expect(client.listWebhooks('appX')).rejects.toMatchObject({
      status: 200,
      type: 'INVALID_RESPONSE',
      retryable: false,
    });
  });

  it('penalizes the base key for the wait the 429 names before throwing', async () => {
    const penalties: [string, number][] = [];
    const client = clientWith(
      async () =>
        new Response('{"error":{"type":"RATE_LIMIT_REACHED"}}', {
          status: 429,
          headers: { 'retry-after': '12' },
        }),
      { acquire: async () => undefined, penalize: async (k, ms) => void penalties.push([k, ms]) },
    );

    await expect(client.listRecordsPage('appX', 'Deals')).rejects.toMatchObject({
      status: 429,
      retryAfterMs: 12_000,
    });
    expect(penalties).toEqual([['base:appX', 12_000]]);
  });

  it('refuses more than three merge fields for an upsert without a request', async () => {
    let calls = 0;
    const client = clientWith(async () => {
      calls++;
      return json(200, {});
    });

    await expect(
      client.upsertRecords('appX', 'Deals', [{ fields: {} }], ['A', 'B', 'C', 'D']),
    ).rejects.toThrow(RangeError);
    expect(calls).toBe(0);
  });
});
