import { createHash, randomBytes } from 'node:crypto';

/** sha256 of a high-entropy secret, hex; what we store instead of the secret. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** A random URL-safe secret of `bytes` bytes of entropy. */
export function newSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}
