import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it, onTestFinished } from 'vitest';
import {
  checkOutboundUrl,
  OutboundRefused,
  parseAllowHosts,
  sendOutbound,
  type OutboundPolicy,
} from '../src/index.ts';

/** A receiver on 127.0.0.1 that counts the requests reaching it. */
async function startReceiver(handler: http.RequestListener = (_req, res) => res.end('ok')) {
  let hits = 0;
  const server = http.createServer((req, res) => {
    hits++;
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const { port } = server.address() as AddressInfo;
  return { port, hits: () => hits, server };
}

const policy = (overrides: Partial<OutboundPolicy> = {}): OutboundPolicy => ({
  allowHosts: [],
  requireHttps: false,
  ...overrides,
});

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(OutboundRefused);
  return error as OutboundRefused;
}

describe('sendOutbound', () => {
  it('refuses a name that resolves to loopback without connecting to it', async () => {
    const receiver = await startReceiver();
    const resolveTo = (address: string) => async () => [address];
    const error = await refusal(
      sendOutbound(
        { url: `http://hooks.example.com:${receiver.port}/in`, body: '{}' },
        policy({ resolve: resolveTo('127.0.0.1') }),
      ),
    );
    expect(error.reason).toBe('private-address');
    expect(receiver.hits()).toBe(0);
  });

  it('refuses when any of the addresses a name resolves to is internal', async () => {
    const error = await refusal(
      sendOutbound(
        { url: 'https://hooks.example.com/in' },
        policy({ resolve: async () => ['93.184.216.34', '::ffff:169.254.169.254'] }),
      ),
    );
    expect(error.message).toContain('169.254.169.254');
  });

  it('refuses address literals, localhost and single-label names before resolving', async () => {
    let resolved = 0;
    const counting = policy({
      resolve: async () => {
        resolved++;
        return ['8.8.8.8'];
      },
    });
    for (const url of [
      'http://10.0.0.7/hook',
      'http://[::1]:8080/hook',
      'http://[::ffff:7f00:1]/hook',
      'http://169.254.169.254/latest/meta-data/',
      'http://localhost:3000/hook',
      'http://api.localhost/hook',
      'http://intranet/hook',
    ]) {
      expect((await refusal(sendOutbound({ url }, counting))).reason).toBe('private-address');
    }
    expect(resolved).toBe(0);
  });

  it('refuses other schemes, credentials in the URL, and plain http when https is required', () => {
    const reason = (url: string, p = policy()) => {
      try {
        checkOutboundUrl(url, p);
        return 'accepted';
      } catch (error) {
        return (error as OutboundRefused).reason;
      }
    };
    expect(reason('ftp://example.com/x')).toBe('scheme');
    expect(reason('file:///etc/passwd')).toBe('scheme');
    expect(reason('https://user:pw@example.com/x')).toBe('credentials');
    expect(reason('not a url')).toBe('invalid-url');
    expect(reason('http://example.com/x', policy({ requireHttps: true }))).toBe('scheme');
    expect(reason('https://example.com/x', policy({ requireHttps: true }))).toBe('accepted');
  });

  it('reaches an internal host the allowance names, by name or by address', async () => {
    const receiver = await startReceiver((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c));
      req.on('end', () => res.writeHead(202, { 'x-got': body }).end('accepted'));
    });
    const byAddress = await sendOutbound(
      { url: `http://127.0.0.1:${receiver.port}/in`, body: 'hello' },
      policy({ allowHosts: parseAllowHosts(' 127.0.0.1 , other.internal') }),
    );
    expect(byAddress).toMatchObject({ status: 202, body: 'accepted', address: '127.0.0.1' });
    expect(byAddress.headers['x-got']).toBe('hello');
    const byName = await sendOutbound(
      { url: `http://receiver.internal:${receiver.port}/in` },
      policy({ allowHosts: ['receiver.internal'], resolve: async () => ['127.0.0.1'] }),
    );
    expect(byName.status).toBe(202);
    expect(receiver.hits()).toBe(2);
  });

  it('does not follow redirects', async () => {
    const receiver = await startReceiver((req, res) =>
      req.url === '/in'
        ? res.writeHead(302, { location: '/elsewhere' }).end()
        : res.writeHead(200).end('followed'),
    );
    const response = await sendOutbound(
      { url: `http://127.0.0.1:${receiver.port}/in` },
      policy({ allowHosts: ['127.0.0.1'] }),
    );
    expect(response.status).toBe(302);
    expect(receiver.hits()).toBe(1);
  });

  it('keeps only the first bytes of a large response', async () => {
    const receiver = await startReceiver((_req, res) => res.end('x'.repeat(200_000)));
    const response = await sendOutbound(
      { url: `http://127.0.0.1:${receiver.port}/in`, maxResponseBytes: 1024 },
      policy({ allowHosts: ['127.0.0.1'] }),
    );
    expect(response.body).toHaveLength(1024);
    expect(response.truncated).toBe(true);
  });

  it('gives up on a receiver that does not answer in time', async () => {
    const receiver = await startReceiver(() => undefined);
    const error = await sendOutbound(
      { url: `http://127.0.0.1:${receiver.port}/in`, timeoutMs: 200 },
      policy({ allowHosts: ['127.0.0.1'] }),
    ).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toMatch(/TimeoutError|AbortError/);
    receiver.server.closeAllConnections();
  });
});
