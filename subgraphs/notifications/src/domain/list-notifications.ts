import { badUserInput, unauthenticated, type Caller } from '@pyairtable/subgraph-kit';
import type { NotificationsDeps } from '../deps.ts';

const encodeCursor = (n: { createdAt: Date; id: string }) =>
  Buffer.from(`${n.createdAt.toISOString()}|${n.id}`).toString('base64url');

function decodeCursor(cursor: string) {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const createdAt = new Date(at ?? '');
  if (!id || Number.isNaN(createdAt.getTime())) throw badUserInput('Invalid cursor.', 'after');
  return { createdAt, id };
}

/** The person a caller is, for their notifications (their own, and those to their email). */
export function recipientOf(caller: Caller) {
  if (!caller.userId) throw unauthenticated();
  return { userId: caller.userId, email: caller.email?.toLowerCase() ?? null };
}

/** A page of the caller's notifications, newest first. */
export async function listNotifications(
  deps: NotificationsDeps,
  caller: Caller,
  args: { first?: number | null; after?: string | null; unreadOnly?: boolean | null },
) {
  const who = recipientOf(caller);
  const first = args.first ?? 20;
  if (!Number.isInteger(first) || first < 0 || first > 100)
    throw badUserInput('first must be 0–100.', 'first');
  const rows = await deps.db.listNotifications(who, {
    take: first + 1,
    unreadOnly: args.unreadOnly ?? false,
    after: args.after ? decodeCursor(args.after) : undefined,
  });
  const page = rows.slice(0, first);
  return {
    edges: page.map((node) => ({ cursor: encodeCursor(node), node })),
    pageInfo: {
      hasNextPage: rows.length > first,
      endCursor: page.length ? encodeCursor(page.at(-1)!) : null,
    },
    unreadCount: () => deps.db.countUnread(who),
  };
}

/** One of the caller's notifications, or null. */
export async function findNotification(deps: NotificationsDeps, caller: Caller, id: string) {
  const who = recipientOf(caller);
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const n = await deps.db.findNotification(id);
  if (!n || !n.inApp) return null;
  return n.userId === who.userId || (n.userId === null && n.email === who.email) ? n : null;
}
