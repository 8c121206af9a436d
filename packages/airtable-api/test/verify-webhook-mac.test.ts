import { createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { verifyWebhookMac } from '../src/index.ts';

const secret = randomBytes(32).toString('base64');
const body =
  '{"base":{"id":"appX"},"webhook":{"id":"achY"},"timestamp":"2025-01-01T00:00:00.000Z"}';
const sign = (key: string, payload: string) =>
  `hmac-sha256=${createHmac('sha256', Buffer.from(key, 'base64')).update(payload).digest('hex')}`;

describe('webhook MAC verification', () => {
  it('accepts the MAC of the exact body keyed with the decoded secret', () => {
    expect(verifyWebhookMac(secret, body, sign(secret, body))).toBe(true);
    expect(verifyWebhookMac(secret, Buffer.from(body), sign(secret, body))).toBe(true);
  });

  it('rejects a tampered body', () => {
    expect(verifyWebhookMac(secret, body.replace('appX', 'appZ'), sign(secret, body))).toBe(false);
  });

  it('rejects a MAC made with another secret', () => {
    const other = randomBytes(32).toString('base64');

    expect(verifyWebhookMac(secret, body, sign(other, body))).toBe(false);
  });

  it('rejects a MAC keyed with the secret text instead of its decoded bytes', () => {
    const undecoded = `hmac-sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

    expect(verifyWebhookMac(secret, body, undecoded)).toBe(false);
  });

  it('rejects a missing or malformed header', () => {
    const hex = sign(secret, body).slice('hmac-sha256='.length);

    for (const header of [
      undefined,
      null,
      '',
      hex,
      `sha256=${hex}`,
      `hmac-sha256=${hex.slice(2)}`,
      `hmac-sha256=${hex.slice(2)}zz`,
    ]) {
      expect(verifyWebhookMac(secret, body, header)).toBe(false);
    }
  });
});
