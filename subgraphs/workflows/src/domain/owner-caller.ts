import type { Actor, Caller } from '@pyairtable/subgraph-kit';

/**
 * The caller runs act as: the person, without their session (runs outlive it) and with the
 * limits of the API key they used, if any, so a workflow never does more than its maker could.
 */
export function ownerCallerOf(actor: Actor): Caller {
  return {
    requestId: 'workflow',
    userId: actor.userId,
    email: actor.email,
    sessionId: null,
    apiKeyId: null,
    ip: null,
    apiKeyScopes: actor.caller.apiKeyScopes ?? null,
    platformRole: null,
    issuedAt: 0,
  };
}
