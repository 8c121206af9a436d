import express, { type Express, type RequestHandler } from 'express';
import type { WorkspacesDeps } from './deps.ts';

const UUID = /^[0-9a-f-]{36}$/i;

/**
 * POST /internal/memberships/role — other subgraphs ask a user's role in a workspace here
 * (gateway-signed requests only), so they never read this subgraph's database.
 */
export function addInternalRoutes(deps: WorkspacesDeps) {
  return (app: Express, requireGateway: RequestHandler) => {
    app.post(
      '/internal/memberships/role',
      requireGateway,
      express.json({ limit: '4kb' }),
      async (req, res, next) => {
        try {
          const { userId, workspaceId } = (req.body ?? {}) as {
            userId?: unknown;
            workspaceId?: unknown;
          };
          if (
            typeof userId !== 'string' ||
            typeof workspaceId !== 'string' ||
            !UUID.test(userId) ||
            !UUID.test(workspaceId)
          ) {
            res.json({ role: null });
            return;
          }
          const [membership] = await deps.db.findMemberships([{ workspaceId, userId }]);
          res.json({ role: membership?.role ?? null });
        } catch (error) {
          next(error);
        }
      },
    );
  };
}
