import type { Express, RequestHandler } from 'express';
import type { WorkspacesDeps } from './deps.ts';

/**
 * GET /internal/workspaces/suspended — the ids of suspended workspaces (gateway-signed
 * requests only): the airtable subgraph stops their syncs.
 */
export function addSuspendedRoute(deps: WorkspacesDeps) {
  return (app: Express, requireGateway: RequestHandler) => {
    app.get('/internal/workspaces/suspended', requireGateway, async (_req, res, next) => {
      try {
        res.json({ workspaceIds: await deps.db.listSuspendedWorkspaceIds() });
      } catch (error) {
        next(error);
      }
    });
  };
}
