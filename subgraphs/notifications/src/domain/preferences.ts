import { badUserInput, unauthenticated } from '@pyairtable/subgraph-kit';
import type { NotificationKind } from '../db.ts';
import type { NotificationsDeps } from '../deps.ts';
import { DEFAULT_CHANNELS, KINDS, type Channels } from './kinds.ts';

/** Each person's channels per kind, defaults filled in. */
export async function channelsFor(
  deps: NotificationsDeps,
  userIds: readonly string[],
): Promise<(userId: string, kind: NotificationKind) => Channels> {
  const rows = userIds.length ? await deps.db.listPreferences(userIds) : [];
  const chosen = new Map(rows.map((r) => [`${r.userId}:${r.kind}`, r]));
  return (userId, kind) => {
    const row = chosen.get(`${userId}:${kind}`);
    return row
      ? { inApp: row.inApp, email: row.email, digest: row.digest }
      : DEFAULT_CHANNELS[kind];
  };
}

/** The caller's preferences for every kind. */
export async function listPreferences(deps: NotificationsDeps, userId: string | null) {
  if (!userId) throw unauthenticated();
  const of = await channelsFor(deps, [userId]);
  return KINDS.map((kind) => ({ kind, ...of(userId, kind) }));
}

/** Sets the channels given for one kind; the others keep their value. */
export async function updatePreference(
  deps: NotificationsDeps,
  userId: string | null,
  input: {
    kind: NotificationKind;
    inApp?: boolean | null;
    email?: boolean | null;
    digest?: boolean | null;
  },
) {
  if (!userId) throw unauthenticated();
  if (!KINDS.includes(input.kind)) throw badUserInput('Unknown kind.', 'kind');
  const current = (await channelsFor(deps, [userId]))(userId, input.kind);
  const next = {
    inApp: input.inApp ?? current.inApp,
    email: input.email ?? current.email,
    digest: input.digest ?? current.digest,
  };
  await deps.db.upsertPreference(userId, input.kind, next);
  deps.logger.info({ userId, kind: input.kind, ...next }, 'notification preference changed');
  return { kind: input.kind, ...next };
}
