import { createHmac, timingSafeEqual } from 'node:crypto';

export type LinkKind = 'download' | 'thumbnail';

function mac(secret: string, kind: LinkKind, id: string, expires: number) {
  return createHmac('sha256', secret).update(`files:${kind}:${id}:${expires}`).digest('base64url');
}

/** A link to a file's bytes that works until `expires` (epoch seconds), signed with the secret. */
export function signLink(
  base: string,
  secret: string,
  kind: LinkKind,
  id: string,
  expires: number,
): string {
  const url = new URL(`/files/${kind}/${id}`, base);
  url.searchParams.set('expires', String(expires));
  url.searchParams.set('signature', mac(secret, kind, id, expires));
  return url.toString();
}

/** True when the signature is the link's and it has not expired. */
export function verifyLink(
  secret: string,
  kind: LinkKind,
  id: string,
  expires: string | undefined,
  signature: string | undefined,
  nowSeconds: number,
): boolean {
  const at = Number(expires);
  if (!signature || !Number.isSafeInteger(at) || at < nowSeconds) return false;
  const expected = Buffer.from(mac(secret, kind, id, at));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
