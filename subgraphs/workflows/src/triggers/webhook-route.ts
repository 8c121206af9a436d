import type { Express, RequestHandler } from 'express';
import { isClientError } from '@pyairtable/subgraph-kit';
import type { WorkflowsDeps } from '../deps.ts';
import { startRun } from '../domain/start-run.ts';
import { webhookHashOf } from '../domain/webhook-secret.ts';

export const MAX_HOOK_BODY_BYTES = 256 * 1024;

/**
 * POST /hooks/:secret (the gateway forwards /workflows/hooks/:secret, signed): starts a run of
 * the enabled webhook-triggered workflow whose secret it is, with the JSON body as
 * `trigger.body`. A wrong secret is 404 and starts nothing; 202 with the run id otherwise.
 */
export function addWebhookRoute(deps: WorkflowsDeps) {
  return (app: Express, requireGateway: RequestHandler) => {
    app.post('/hooks/:secret', requireGateway, async (req, res) => {
      // requireGateway parsed the JSON body (and answered 400 to a malformed one).
      if (Number(req.header('content-length') ?? 0) > MAX_HOOK_BODY_BYTES) {
        res.status(413).json({ error: `The body is larger than ${MAX_HOOK_BODY_BYTES} bytes.` });
        return;
      }
      const body: unknown = req.body ?? null;
      const secret = String(req.params.secret ?? '');
      const workflow = /^[A-Za-z0-9_-]{20,64}$/.test(secret)
        ? await deps.db.findWorkflowByWebhook(webhookHashOf(secret))
        : null;
      if (!workflow || workflow.triggerType !== 'WEBHOOK') {
        res.status(404).json({ error: 'No workflow has this URL.' });
        return;
      }
      if (!workflow.enabled) {
        res.status(409).json({ error: 'The workflow is off.' });
        return;
      }
      try {
        const run = await startRun(
          deps,
          workflow,
          'WEBHOOK',
          { type: 'WEBHOOK', body, receivedAt: deps.clock().toISOString() },
          null,
        );
        res.status(202).json({ runId: run?.id ?? null, queued: run !== null });
      } catch (error) {
        if (!isClientError(error as Error)) throw error;
        const code = (error as { extensions?: { code?: string } }).extensions?.code;
        res.status(code === 'RATE_LIMITED' ? 429 : 409).json({ error: (error as Error).message });
      }
    });
  };
}
