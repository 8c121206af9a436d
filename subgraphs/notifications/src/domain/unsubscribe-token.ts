import { createHmac, timingSafeEqual } from 'node:crypto';
import type { NotificationKind } from '../db.ts';

/** Who an unsubscribe link is for, and which kind it stops (all email when null). */
export interface Unsubscribe {
  userId: string | null;
  email: string;
  kind: NotificationKind | null;
}

const mac = (secret: string, payload: string) =>
  createHmac('sha256', `unsubscribe:${secret}`).update(payload).digest('base64url');

/** A token for a one-click unsubscribe link; it needs no sign-in, so it is signed. */
export function signUnsubscribe(secret: string, what: Unsubscribe): string {
  const payload = Buffer.from(JSON.stringify([what.userId, what.email, what.kind])).toString(
    'base64url',
  );
  return `${payload}.${mac(secret, payload)}`;
}

/** The unsubscribe a token stands for, or null when it was not made by us. */
export function readUnsubscribe(secret: string, token: string): Unsubscribe | null {
  const [payload, signature] = token.split('.');
  if (!payload || !signature) return null;
  const expected = Buffer.from(mac(secret, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const [userId, email, kind] = JSON.parse(
      Buffer.from(payload, 'base64url').toString('utf8'),
    ) as [string | null, string, NotificationKind | null];
    return { userId, email, kind };
  } catch {
    return null;
  }
}
