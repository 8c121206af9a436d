import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { notificationUrlProblem } from '../src/webhooks/notification-url.ts';
import { sendPing } from '../src/webhooks/send-ping.ts';
import { startAirtableLocal } from './harness.ts';

const SPEC = { specification: { options: { filters: { dataTypes: ['tableData'] } } } };

/** A ping receiver answering each ping with the next status of `statuses` (the last repeats). */
async function startReceiver(statuses: number[] = [204]) {
  const pings: string[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      pings.push(body);
      res.statusCode = statuses[Math.min(pings.length, statuses.length) - 1]!;
      res.end();
      for (const w of waiters.filter((w) => pings.length >= w.count)) w.resolve();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  onTestFinished(() => new Promise<void>((r) => server.close(() => r())));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    pings,
    /** Resolves once `count` pings have arrived. */
    received: (count: number) =>
      new Promise<void>((resolve) =>
        pings.length >= count ? resolve() : waiters.push({ count, resolve }),
      ),
  };
}

describe('webhook notification URLs', () => {
  // Airtable refuses bad parameters with INVALID_REQUEST_UNKNOWN and this sentence.
  const REFUSED = 'Invalid request: parameter validation failed. Check your request data.';

  it.each(['file:///etc/passwd', 'ftp://example.com/hook', 'not a url', 'javascript:alert(1)'])(
    'refuses %s, which is not an http(s) URL',
    async (notificationUrl) => {
      const { api, baseId } = await startAirtableLocal();
      const res = await api('POST', `/v0/bases/${baseId}/webhooks`, { notificationUrl, ...SPEC });
      expect(res.status).toBe(422);
      expect(res.body.error.type).toBe('INVALID_REQUEST_UNKNOWN');
      expect(res.body.error.message).toContain(REFUSED);
      expect((await api('GET', `/v0/bases/${baseId}/webhooks`)).body.webhooks).toEqual([]);
    },
  );

  it('refuses loopback, private and link-local addresses by default', async () => {
    const { api, baseId } = await startAirtableLocal({
      env: { WEBHOOKS_ALLOW_PRIVATE_URLS: 'false' },
    });
    for (const notificationUrl of [
      'http://127.0.0.1:4000/hook',
      'http://localhost/hook',
      'http://api.localhost/hook',
      'http://10.0.0.7/hook',
      'http://192.168.1.20/hook',
      'http://172.16.5.4/hook',
      'http://169.254.169.254/latest/meta-data',
      'http://0.0.0.0/hook',
      'http://[::1]/hook',
      'http://[::ffff:127.0.0.1]/hook',
      'http://[fd00::1]/hook',
      'http://2130706433/hook',
    ]) {
      const res = await api('POST', `/v0/bases/${baseId}/webhooks`, { notificationUrl, ...SPEC });
      expect(res.status, notificationUrl).toBe(422);
      expect(res.body.error.message).toContain(REFUSED);
      expect(res.body.error.message).toContain('loopback or private address');
    }
    const publicHook = await api('POST', `/v0/bases/${baseId}/webhooks`, {
      notificationUrl: 'https://93.184.216.34/hook',
      ...SPEC,
    });
    expect(publicHook.status).toBe(200);
    expect((await api('GET', `/v0/bases/${baseId}/webhooks`)).body.webhooks).toHaveLength(1);
  });

  it('accepts a loopback receiver when WEBHOOKS_ALLOW_PRIVATE_URLS is set', async () => {
    const { api, baseId } = await startAirtableLocal();
    const receiver = await startReceiver();
    const res = await api('POST', `/v0/bases/${baseId}/webhooks`, {
      notificationUrl: receiver.url,
      ...SPEC,
    });
    expect(res.status).toBe(200);
  });

  it('refuses a host name that resolves to a private address', async () => {
    const resolve = async () => ['93.184.216.34', '10.1.2.3'];
    expect(await notificationUrlProblem('https://inside.example/hook', false, resolve)).toContain(
      'inside.example (10.1.2.3)',
    );
    expect(await notificationUrlProblem('https://inside.example/hook', true, resolve)).toBe(
      undefined,
    );
    expect(
      await notificationUrlProblem('https://outside.example/hook', false, async () => [
        '93.184.216.34',
      ]),
    ).toBe(undefined);
  });

  it('does not connect a ping to a private address, even one a name resolves to', async () => {
    const receiver = await startReceiver();
    const options = { allowPrivate: false, timeoutMs: 5000 };
    await expect(sendPing(receiver.url, '{}', {}, options)).rejects.toThrow('private address');
    const byName = receiver.url.replace('127.0.0.1', 'localhost');
    await expect(sendPing(byName, '{}', {}, options)).rejects.toThrow('private address');
    expect(receiver.pings).toEqual([]);
    expect(await sendPing(receiver.url, '{}', {}, { ...options, allowPrivate: true })).toBe(204);
  });
});

describe('webhook pings', () => {
  async function hookedBase(statuses: number[], retries = '3') {
    const local = await startAirtableLocal({
      env: { WEBHOOK_PING_RETRIES: retries, WEBHOOK_PING_RETRY_BASE_MS: '1' },
    });
    const receiver = await startReceiver(statuses);
    const hook = await local.api('POST', `/v0/bases/${local.baseId}/webhooks`, {
      notificationUrl: receiver.url,
      ...SPEC,
    });
    const lastResult = async () =>
      (await local.api('GET', `/v0/bases/${local.baseId}/webhooks`)).body.webhooks.find(
        (w: { id: string }) => w.id === hook.body.id,
      );
    return { ...local, receiver, lastResult };
  }

  it('retries a failed ping until the receiver takes it', async () => {
    const { api, baseId, receiver, lastResult } = await hookedBase([503, 500, 204]);
    await api('POST', `/v0/${baseId}/Deals`, { fields: { Name: 'Retry me' } });
    await receiver.received(3);
    await vi.waitFor(async () =>
      expect((await lastResult()).lastNotificationResult).toMatchObject({
        success: true,
        retryNumber: 2,
      }),
    );
    const webhook = await lastResult();
    expect(webhook.lastSuccessfulNotificationTime).toEqual(expect.any(String));
    // Every try carries the same ping body shape and a fresh timestamp.
    expect(receiver.pings.map((p) => JSON.parse(p).webhook.id)).toEqual(Array(3).fill(webhook.id));
  });

  it('gives up after the last retry and says so', async () => {
    const { api, baseId, receiver, lastResult } = await hookedBase([503], '2');
    await api('POST', `/v0/${baseId}/Deals`, { fields: { Name: 'Never taken' } });
    await receiver.received(3);
    await vi.waitFor(async () =>
      expect((await lastResult()).lastNotificationResult).toMatchObject({ retryNumber: 2 }),
    );
    expect((await lastResult()).lastNotificationResult).toMatchObject({
      success: false,
      willBeRetried: false,
      error: { message: 'The HTTP request returned a 503 status code instead of 200 or 204' },
    });
    expect((await lastResult()).lastSuccessfulNotificationTime).toBe(null);
    expect(receiver.pings).toHaveLength(3);
  });

  it('records a failure that will be retried', async () => {
    const { api, baseId, receiver, lastResult } = await hookedBase([500, 204], '1');
    await api('POST', `/v0/${baseId}/Deals`, { fields: { Name: 'Later' } });
    await receiver.received(2);
    await vi.waitFor(async () =>
      expect((await lastResult()).lastNotificationResult).toMatchObject({
        success: true,
        retryNumber: 1,
      }),
    );
  });
});
