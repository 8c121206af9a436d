import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { startAirtableLocal } from '../harness.ts';

const SPEC = { specification: { options: { filters: { dataTypes: ['tableData'] } } } };

async function startRefusingReceiver(status: number) {
  let count = 0;
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      count++;
      res.statusCode = status;
      res.end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  onTestFinished(() => new Promise<void>((r) => server.close(() => r())));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, count: () => count };
}

describe('Airtable docs, Webhooks API', () => {
  it('creates a webhook without a notificationUrl, which is never pinged (Create a webhook)', async () => {
    const { api, baseId } = await startAirtableLocal();
    const created = await api('POST', `/v0/bases/${baseId}/webhooks`, SPEC);
    expect(created.status).toBe(200);
    await api('POST', `/v0/${baseId}/Deals`, { fields: { Name: 'quiet' } });
    const [listed] = (await api('GET', `/v0/bases/${baseId}/webhooks`)).body.webhooks;
    expect(listed).toMatchObject({ notificationUrl: null, lastNotificationResult: null });
  });

  it("refuses a notificationUrl that is not an http(s) URL with Airtable's validation error (Create a webhook)", async () => {
    const { api, baseId } = await startAirtableLocal();
    const res = await api('POST', `/v0/bases/${baseId}/webhooks`, {
      notificationUrl: 'file:///etc/passwd',
      ...SPEC,
    });
    expect(res.status).toBe(422);
    expect(res.body.error).toEqual({
      type: 'INVALID_REQUEST_UNKNOWN',
      message:
        'Invalid request: parameter validation failed. Check your request data. notificationUrl must be an http or https URL',
    });
  });

  it('reports a refused ping in lastNotificationResult with its retry fields (List webhooks)', async () => {
    const { api, baseId } = await startAirtableLocal({
      env: { WEBHOOK_PING_RETRIES: '1', WEBHOOK_PING_RETRY_BASE_MS: '1' },
    });
    const receiver = await startRefusingReceiver(503);
    await api('POST', `/v0/bases/${baseId}/webhooks`, { notificationUrl: receiver.url, ...SPEC });
    await api('POST', `/v0/${baseId}/Deals`, { fields: { Name: 'refused' } });
    await vi.waitFor(async () => {
      const [listed] = (await api('GET', `/v0/bases/${baseId}/webhooks`)).body.webhooks;
      expect(listed.lastNotificationResult?.retryNumber).toBe(1);
    });
    const [listed] = (await api('GET', `/v0/bases/${baseId}/webhooks`)).body.webhooks;
    expect(listed.lastNotificationResult).toEqual({
      success: false,
      error: { message: 'The HTTP request returned a 503 status code instead of 200 or 204' },
      completionTimestamp: expect.any(String),
      durationMs: expect.any(Number),
      retryNumber: 1,
      willBeRetried: false,
    });
    expect(listed.lastSuccessfulNotificationTime).toBe(null);
    expect(receiver.count()).toBe(2);
  });
});
