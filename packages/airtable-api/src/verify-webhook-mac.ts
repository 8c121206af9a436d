import { createHmac, timingSafeEqual } from 'node:crypto';

const HEADER = /^hmac-sha256=([0-9a-f]{64})$/i;

/**
 * Checks `X-Airtable-Content-MAC: hmac-sha256=<hex>` against the raw request body, keyed with
 * the base64-decoded webhook secret, in constant time. Pass the exact bytes received.
 */
export function verifyWebhookMac(
  macSecretBase64: string,
  rawBody: string | Uint8Array,
  headerValue: string | null | undefined,
): boolean {
  const match = HEADER.exec(headerValue?.trim() ?? '');
  if (!match) return false;
  const expected = createHmac('sha256', Buffer.from(macSecretBase64, 'base64'))
    .update(typeof rawBody === 'string' ? Buffer.from(rawBody, 'utf8') : rawBody)
    .digest();
  return timingSafeEqual(expected, Buffer.from(match[1]!, 'hex'));
}
