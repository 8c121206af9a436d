import { createEvent } from '@pyairtable/events';
import type { NewNotification, NotificationKind } from '../db.ts';
import type { NotificationsDeps } from '../deps.ts';
import { DEFAULT_CHANNELS } from './kinds.ts';
import { channelsFor } from './preferences.ts';

/** A person to tell: a user (with their address when known), or an address alone. */
export interface Recipient {
  userId: string | null;
  email: string | null;
}

/** What to tell them. */
export interface Draft {
  workspaceId: string;
  kind: NotificationKind;
  title: string;
  body: string;
  url: string | null;
  data: Record<string, unknown>;
  /** What caused it (an event id, a change-log position): each recipient hears of it once. */
  sourceKey: string;
}

/**
 * Stores a notification for each recipient on the channels they chose (in-app, email, daily
 * digest; defaults per kind), announces the in-app ones for the live bell, and wakes the
 * email worker. A source already notified is skipped, so replays are harmless.
 */
export async function notify(
  deps: NotificationsDeps,
  recipients: readonly Recipient[],
  draft: Draft,
): Promise<number> {
  const unique = new Map<string, Recipient>();
  for (const r of recipients) {
    const key = r.userId ?? r.email?.toLowerCase();
    if (key) unique.set(key, { userId: r.userId, email: r.email?.toLowerCase() ?? null });
  }
  const people = [...unique.values()];
  if (people.length === 0) return 0;
  const channels = await channelsFor(
    deps,
    people.flatMap((p) => (p.userId ? [p.userId] : [])),
  );
  const emails = people.flatMap((p) => (p.email ? [p.email] : []));
  const optedOut = new Set(
    (emails.length ? await deps.db.listOptOuts(emails) : []).map((o) => `${o.email}:${o.kind}`),
  );
  const rows: NewNotification[] = [];
  for (const person of people) {
    const chosen = person.userId
      ? channels(person.userId, draft.kind)
      : DEFAULT_CHANNELS[draft.kind];
    const mayEmail =
      !!person.email &&
      deps.mailer.configured &&
      !optedOut.has(`${person.email}:${draft.kind}`) &&
      !optedOut.has(`${person.email}:ALL`);
    const email = chosen.email && mayEmail;
    const digest = chosen.digest && mayEmail;
    if (!chosen.inApp && !email && !digest) continue;
    const { sourceKey: _source, ...fields } = draft;
    rows.push({
      ...fields,
      userId: person.userId,
      email: person.email,
      inApp: chosen.inApp,
      emailStatus: email ? 'PENDING' : 'NONE',
      digestStatus: digest ? 'PENDING' : 'NONE',
      dedupeKey: `${draft.sourceKey}:${person.userId ?? person.email}`,
    });
  }
  const created = await deps.db.insertNotifications(rows);
  for (const n of created) {
    if (!n.inApp) continue;
    await deps.events
      .publish(
        createEvent(
          'notification.added',
          {
            workspaceId: n.workspaceId,
            notificationId: n.id,
            userId: n.userId,
            email: n.userId ? null : n.email,
          },
          deps.clock,
        ),
      )
      .catch((err: unknown) =>
        // Stored already: the bell shows it on its next load, only not live.
        deps.logger.warn({ err, notificationId: n.id }, 'notification.added not published'),
      );
  }
  if (created.some((n) => n.emailStatus === 'PENDING')) deps.emailsQueued();
  return created.length;
}
