import { createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';

// PKCS#8 DER prefix of an Ed25519 private key; the 32-byte seed follows.
const PKCS8_ED25519 = Buffer.from('302e020100300506032b657004220420', 'hex');
// Development only: a fixed seed, so `npm start` signs without setup. Its public key is public.
const DEV_SEED = Buffer.alloc(32, 7);

/** What a checkpoint signs: the chain, the position and the hash there. */
export const checkpointMessage = (chain: string, position: bigint | string, hash: string) =>
  Buffer.from(`pyairtable-audit-checkpoint:v1:${chain}:${position}:${hash}`);

/** The Ed25519 signing key from AUDIT_SIGNING_KEY (PEM or base64 of it), else the development key. */
export function loadSigningKey(setting: string | undefined): KeyObject {
  if (!setting)
    return createPrivateKey({
      key: Buffer.concat([PKCS8_ED25519, DEV_SEED]),
      format: 'der',
      type: 'pkcs8',
    });
  const pem = setting.includes('BEGIN') ? setting : Buffer.from(setting, 'base64').toString('utf8');
  const key = createPrivateKey(pem);
  if (key.asymmetricKeyType !== 'ed25519')
    throw new Error('AUDIT_SIGNING_KEY must be an Ed25519 key.');
  return key;
}

/** The public key as SPKI PEM (what offline verification needs). */
export const publicKeyPem = (key: KeyObject) =>
  createPublicKey(key).export({ type: 'spki', format: 'pem' }).toString();

/** A short id naming the key, stored with each checkpoint. */
export const keyIdOf = (key: KeyObject) =>
  (createPublicKey(key).export({ type: 'spki', format: 'der' }) as Buffer)
    .subarray(-8)
    .toString('hex');

export const signCheckpoint = (key: KeyObject, chain: string, position: bigint, hash: string) =>
  sign(null, checkpointMessage(chain, position, hash), key).toString('base64');

/** True when `signature` signs the checkpoint with the key of `publicKey` (PEM). */
export function verifyCheckpoint(
  publicKey: string | KeyObject,
  c: { chain: string; position: bigint | string; hash: string; signature: string },
): boolean {
  return verify(
    null,
    checkpointMessage(c.chain, c.position, c.hash),
    typeof publicKey === 'string' ? createPublicKey(publicKey) : publicKey,
    Buffer.from(c.signature, 'base64'),
  );
}
