import type { Express, RequestHandler } from 'express';
import { z } from 'zod';
import type { PermissionsDeps } from './deps.ts';
import { policyFor } from './domain/policy-for.ts';

const PolicyRequest = z.object({
  workspaceId: z.uuid(),
  baseId: z.string().min(1).max(64),
  workspaceRole: z.enum(['OWNER', 'ADMIN', 'EDITOR', 'VIEWER']),
  userId: z.uuid(),
  email: z.string().max(320).nullable(),
  apiKeyId: z.uuid().nullable(),
});

/**
 * POST /internal/policies — the airtable subgraph asks here how a base looks to a caller
 * through one workspace (gateway-signed requests only), and enforces the answer.
 */
export function addInternalRoutes(deps: PermissionsDeps) {
  return (app: Express, requireGateway: RequestHandler) => {
    app.post('/internal/policies', requireGateway, async (req, res, next) => {
      try {
        const parsed = PolicyRequest.safeParse(req.body);
        if (!parsed.success) {
          res.status(400).json({ error: 'invalid policy request' });
          return;
        }
        res.json(await policyFor(deps, parsed.data));
      } catch (error) {
        next(error);
      }
    });
  };
}
