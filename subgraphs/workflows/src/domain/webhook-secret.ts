import { createHash, randomBytes } from 'node:crypto';
import type { WorkflowsDeps } from '../deps.ts';

/** How a webhook-trigger secret is found: its sha256 (the secret itself is only sealed). */
export const webhookHashOf = (secret: string) => createHash('sha256').update(secret).digest('hex');

/** A new secret for a webhook trigger's URL, sealed for storage. */
export function newWebhookSecret(deps: WorkflowsDeps) {
  const secret = randomBytes(24).toString('base64url');
  return { webhookSealed: deps.secrets.encrypt(secret), webhookHash: webhookHashOf(secret) };
}

/** The URL that starts a run of a webhook-triggered workflow. */
export function webhookUrlOf(deps: WorkflowsDeps, sealed: string) {
  return new URL(`/workflows/hooks/${deps.secrets.decrypt(sealed)}`, deps.publicUrl()).toString();
}
