import { createHmac } from 'node:crypto';

/** `X-Airtable-Content-MAC`: HMAC-SHA256 of the body with the base64-decoded secret. */
export function contentMac(macSecretBase64: string, body: string): string {
  const hmac = createHmac('sha256', Buffer.from(macSecretBase64, 'base64'));
  return `hmac-sha256=${hmac.update(body, 'utf8').digest('hex')}`;
}
