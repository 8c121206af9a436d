import { unauthenticated, type Caller, type Logger } from '@pyairtable/subgraph-kit';

/** The verified caller a domain function acts for. */
export interface Actor {
  userId: string | null;
  requestId: string;
  log: Logger;
}

export const actorOf = (caller: Caller, requestId: string, log: Logger): Actor => ({
  userId: caller.userId,
  requestId,
  log,
});

/** The actor's user id; UNAUTHENTICATED for anonymous callers. */
export function requireUser(actor: Actor): string {
  if (!actor.userId) throw unauthenticated();
  return actor.userId;
}
