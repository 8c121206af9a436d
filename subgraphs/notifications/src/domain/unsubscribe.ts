import { badUserInput } from '@pyairtable/subgraph-kit';
import type { NotificationsDeps } from '../deps.ts';
import { KINDS } from './kinds.ts';
import { channelsFor } from './preferences.ts';
import { readUnsubscribe } from './unsubscribe-token.ts';

/** Turns off the email an unsubscribe link names: in the person's preferences, or by address. */
export async function unsubscribe(deps: NotificationsDeps, token: string) {
  const what = readUnsubscribe(deps.config.GATEWAY_SIGNING_SECRET, token);
  if (!what) throw badUserInput('This unsubscribe link is not valid.', 'token');
  const kinds = what.kind ? [what.kind] : KINDS;
  if (what.userId) {
    const current = await channelsFor(deps, [what.userId]);
    for (const kind of kinds) {
      await deps.db.upsertPreference(what.userId, kind, {
        ...current(what.userId, kind),
        email: false,
        digest: false,
      });
    }
  } else {
    await deps.db.optOut(what.email, what.kind ?? 'ALL');
  }
  deps.logger.info(
    { userId: what.userId, kind: what.kind },
    'unsubscribed from notification email',
  );
  return { email: what.email, kind: what.kind };
}
