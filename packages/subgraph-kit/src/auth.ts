import type { Caller } from './signed-context.ts';
import { unauthenticated } from './errors.ts';

/** The caller as resolvers see it. */
export class Auth {
  constructor(readonly caller: Caller) {}

  /** The signed-in user's id, or null for an anonymous caller. */
  get userId(): string | null {
    return this.caller.userId;
  }

  /** The signed-in user's id; throws UNAUTHENTICATED for anonymous callers. */
  requireUser(): string {
    if (!this.caller.userId) throw unauthenticated();
    return this.caller.userId;
  }
}
