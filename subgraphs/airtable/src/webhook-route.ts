import express, { type Express } from 'express';
import type { AirtableDeps } from './deps.ts';

/**
 * POST /webhooks/airtable/:baseId — Airtable's notification pings (through the gateway).
 * Not gateway-signed: each ping is checked against the base's webhook MAC instead.
 */
export function addWebhookRoute(app: Express, deps: AirtableDeps): void {
  app.post(
    '/webhooks/airtable/:baseId',
    express.raw({ type: () => true, limit: '64kb' }),
    async (req, res, next) => {
      try {
        const base = await deps.db.findBase(String(req.params.baseId));
        const body = req.body instanceof Buffer ? req.body : Buffer.alloc(0);
        if (!base || !deps.baseWebhooks?.verify(base, body, req.header('x-airtable-content-mac'))) {
          res.status(401).json({ error: 'invalid signature' });
          return;
        }
        res.status(204).end();
        void deps.sync.ping(base.id);
      } catch (error) {
        next(error);
      }
    },
  );
}
