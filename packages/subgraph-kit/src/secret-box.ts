import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

// AES-256-GCM: authenticated, so a tampered ciphertext fails to decrypt instead of yielding garbage.
const ALGORITHM = 'aes-256-gcm';

const keyOf = (secret: string) => createHash('sha256').update(secret).digest();

function open(sealed: string, k: Buffer): string {
  const [version, iv, tag, data] = sealed.split('.');
  if (version !== 'v1' || !iv || !tag || data === undefined) throw new Error('Not a sealed secret');
  const decipher = createDecipheriv(ALGORITHM, k, Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([
    decipher.update(Buffer.from(data, 'base64url')),
    decipher.final(),
  ]).toString('utf8');
}

/**
 * Encrypts and decrypts secrets at rest with a key from the environment (any length; hashed to
 * 256 bits). While a key is being rotated, `previousKey` still opens what the old one sealed;
 * everything sealed from then on uses the new one.
 */
export function createSecretBox(key: string, previousKey?: string) {
  const k = keyOf(key);
  const previous = previousKey ? keyOf(previousKey) : null;
  return {
    /** `v1.<iv>.<tag>.<ciphertext>`, base64url parts. */
    encrypt(plaintext: string): string {
      const iv = randomBytes(12);
      const cipher = createCipheriv(ALGORITHM, k, iv);
      const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return ['v1', iv, cipher.getAuthTag(), data]
        .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
        .join('.');
    },
    decrypt(sealed: string): string {
      try {
        return open(sealed, k);
      } catch (error) {
        if (!previous) throw error;
        return open(sealed, previous);
      }
    },
  };
}

export type SecretBox = ReturnType<typeof createSecretBox>;
