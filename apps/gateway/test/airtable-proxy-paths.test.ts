import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { proxiedPath } from '../src/airtable-proxy.ts';
import { startAirtableStack } from './airtable-stack.ts';

/** Sends a request with its path exactly as written (fetch would normalise `..` away). */
function rawRequest(url: string, path: string, headers: Record<string, string>, body: string) {
  const { hostname, port } = new URL(url);
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request({ hostname, port, path, method: 'POST', headers }, (res) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('the /v0 proxy stays under /v0', () => {
  it('rebuilds upstream paths from decoded segments and refuses any that would leave /v0/', () => {
    expect(proxiedPath('/v0/appX/Deals?maxRecords=1')).toBe('/v0/appX/Deals?maxRecords=1');
    expect(proxiedPath('/v0/appX/My%20Table/rec1')).toBe('/v0/appX/My%20Table/rec1');
    expect(proxiedPath('/v0/appX/Deals/')).toBe('/v0/appX/Deals/');
    for (const path of [
      '/v0/../graphql',
      '/v0/%2e%2e/graphql',
      '/v0/%2E%2E/graphql',
      '/v0/appX/..%2f..%2fgraphql',
      '/v0/appX/%2e%2e%5cgraphql',
      '/v0/./graphql',
      '/v0//graphql',
      '/v0/appX/%E0%A4%A',
      '/v0',
      '/graphql',
    ])
      expect(proxiedPath(path), path).toBeNull();
  });

  it('answers 404 to walk-outs and never reaches the airtable subgraph GraphQL endpoint', async () => {
    const s = await startAirtableStack({ sync: false });
    const body = JSON.stringify({ query: '{ __typename }' });
    const headers = {
      authorization: `Bearer ${s.owner.accessToken}`,
      'content-type': 'application/json',
    };
    for (const path of ['/v0/../graphql', '/v0/%2e%2e/graphql', '/v0/app1/..%2f..%2fgraphql']) {
      const res = await rawRequest(s.stack.gatewayUrl, path, headers, body);
      expect(res.status, path).toBe(404);
      expect(res.body).not.toContain('__typename');
      expect(JSON.parse(res.body)).toEqual({ error: 'NOT_FOUND' });
    }
  });
});
