import { conflict, type Actor } from '@pyairtable/subgraph-kit';
import type { WorkflowsDeps } from '../deps.ts';
import { requireWorkflow } from './access.ts';
import { newWebhookSecret } from './webhook-secret.ts';

/** A new secret URL for a webhook-triggered workflow (editors); the old one stops at once. */
export async function rotateWebhookUrl(deps: WorkflowsDeps, actor: Actor, id: string) {
  const { workflow } = await requireWorkflow(deps, actor, id, 'EDITOR');
  if (workflow.triggerType !== 'WEBHOOK')
    throw conflict('This workflow is not started by a webhook.');
  return deps.db.updateWorkflow(workflow.id, newWebhookSecret(deps));
}
