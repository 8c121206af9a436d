import express, { type Express } from 'express';
import { serviceCaller, signedFetch, type Logger } from '@pyairtable/subgraph-kit';

const MAX_BODY = 256 * 1024;

/**
 * `POST /workflows/hooks/:secret`: the secret URLs that start webhook-triggered workflows.
 * No sign-in (the secret is the proof); the JSON body (≤ 256 KB) is passed, signed, to the
 * workflows subgraph, which answers 202 with the run, or 404 for a secret it does not know.
 */
export function addWorkflowHooks(
  app: Express,
  options: {
    workflowsUrl: string;
    signingSecret: string;
    logger: Logger;
    newRequestId: () => string;
  },
) {
  app.post(
    '/workflows/hooks/:secret',
    express.raw({ type: () => true, limit: MAX_BODY }),
    async (req, res) => {
      const requestId = options.newRequestId();
      const secret = String(req.params.secret ?? '');
      if (!/^[A-Za-z0-9_-]{20,64}$/.test(secret))
        return void res.status(404).json({ error: 'No workflow has this URL.' });
      try {
        const body = Buffer.isBuffer(req.body) ? req.body.toString('utf8') : '';
        const answer = await signedFetch(
          new URL(`/hooks/${secret}`, options.workflowsUrl),
          { body, signal: AbortSignal.timeout(10_000) },
          {
            audience: 'workflows',
            secret: options.signingSecret,
            caller: { ...serviceCaller(requestId), ip: req.ip ?? null },
          },
        );
        res
          .status(answer.status)
          .type('application/json')
          .send(await answer.text());
      } catch (error) {
        options.logger.warn({ err: error, requestId }, 'workflow hook failed');
        res.status(503).json({ error: 'Workflows are unavailable; try again.' });
      }
    },
  );
}
