import { badUserInput } from '@pyairtable/subgraph-kit';
import type { WebhooksDeps } from '../deps.ts';
import { requireEndpoint } from './access.ts';
import type { Actor } from './actor.ts';
import { newSigningSecret, secretHint } from './signing-secret.ts';

const DEFAULT_OVERLAP_HOURS = 24;
const MAX_OVERLAP_HOURS = 7 * 24;

/**
 * A new signing secret, returned once. During the overlap deliveries carry both signatures,
 * so a receiver can switch to the new secret whenever it likes within it.
 */
export async function rotateSecret(
  deps: WebhooksDeps,
  actor: Actor,
  input: { id: string; overlapHours?: number | null },
) {
  const endpoint = await requireEndpoint(deps, actor, input.id);
  const hours = input.overlapHours ?? DEFAULT_OVERLAP_HOURS;
  if (!Number.isInteger(hours) || hours < 0 || hours > MAX_OVERLAP_HOURS)
    throw badUserInput(`overlapHours must be 0–${MAX_OVERLAP_HOURS}.`, 'overlapHours');
  const secret = newSigningSecret();
  const updated = await deps.db.rotateSecret(
    endpoint.id,
    { sealed: deps.secrets.encrypt(secret), hint: secretHint(secret) },
    new Date(deps.clock().getTime() + hours * 3_600_000),
  );
  actor.log.info({ endpointId: endpoint.id, overlapHours: hours }, 'webhook secret rotated');
  return { endpoint: updated, secret };
}
