import { createHmac, randomBytes } from 'node:crypto';

const PREFIX = 'whsec_';

/** A new Standard Webhooks secret: whsec_ and 32 random bytes in base64. */
export function newSigningSecret(): string {
  return `${PREFIX}${randomBytes(32).toString('base64')}`;
}

/** The last characters, shown to tell secrets apart. */
export const secretHint = (secret: string) => secret.slice(-4);

/**
 * The Standard Webhooks signature of one message with one secret: base64 HMAC-SHA256, keyed
 * by the secret's base64 part, over `id.timestamp.body`, as `v1,<signature>`.
 */
export function signMessage(secret: string, id: string, timestamp: number, body: string): string {
  const key = Buffer.from(
    secret.startsWith(PREFIX) ? secret.slice(PREFIX.length) : secret,
    'base64',
  );
  const signature = createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64');
  return `v1,${signature}`;
}

/** The three headers of a delivery; several secrets (a rotation's overlap) sign side by side. */
export function webhookHeaders(
  secrets: readonly string[],
  id: string,
  timestamp: number,
  body: string,
): Record<string, string> {
  return {
    'webhook-id': id,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': secrets.map((s) => signMessage(s, id, timestamp, body)).join(' '),
  };
}
