import { forbidden, unauthenticated } from './errors.ts';
import type { Logger } from './logger.ts';
import type { Caller } from './signed-context.ts';

/**
 * The verified caller a domain function acts for: a person signed in with an access token or
 * one of their API keys. Every access decision starts from it.
 */
export interface Actor {
  userId: string | null;
  email: string | null;
  /** Set when the caller used a personal API key. */
  apiKeyId: string | null;
  requestId: string;
  log: Logger;
  /** The signed caller it came from, to act for them through the gateway. */
  caller: Caller;
}

/** The actor of a gateway-signed caller. */
export function actorOf(caller: Caller, requestId: string, log: Logger): Actor {
  return {
    userId: caller.userId,
    email: caller.email,
    apiKeyId: caller.apiKeyId,
    requestId,
    log,
    caller,
  };
}

/** The actor's user id; UNAUTHENTICATED for anonymous callers. */
export function requireUser(actor: Actor): string {
  if (!actor.userId) throw unauthenticated();
  return actor.userId;
}

/**
 * Refuses anyone but a platform administrator signed in with a session: FORBIDDEN for
 * everyone else, workspace owners and API keys included (UNAUTHENTICATED when anonymous).
 */
export function requirePlatformAdmin(caller: Caller): string {
  if (!caller.userId) throw unauthenticated();
  if (caller.platformRole !== 'ADMIN' || caller.apiKeyId)
    throw forbidden('This needs a platform administrator.');
  return caller.userId;
}
