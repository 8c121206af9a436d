import type { Express, RequestHandler } from 'express';
import { verifyApiKey } from './domain/api-keys.ts';
import type { IdentityDeps } from './deps.ts';

/**
 * POST /internal/api-keys/verify — the gateway resolves an API key to its owner here. Only
 * gateway-signed requests are accepted.
 */
export function addInternalRoutes(deps: IdentityDeps) {
  return (app: Express, requireGateway: RequestHandler) => {
    app.post('/internal/api-keys/verify', requireGateway, async (req, res, next) => {
      try {
        const secret = (req.body as { secret?: unknown } | undefined)?.secret;
        const owner = typeof secret === 'string' ? await verifyApiKey(deps, secret) : null;
        if (!owner) res.status(404).json({ error: 'unknown or revoked API key' });
        else res.json(owner);
      } catch (error) {
        next(error);
      }
    });
  };
}
