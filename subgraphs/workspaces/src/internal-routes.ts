import type { Express, RequestHandler } from 'express';
import type { WorkspacesDeps } from './deps.ts';

const UUID = /^[0-9a-f-]{36}$/i;

/**
 * POST /internal/memberships/role — other subgraphs ask a user's role in a workspace here
 * (gateway-signed requests only), so they never read this subgraph's database.
 */
export function addInternalRoutes(deps: WorkspacesDeps) {
  return (app: Express, requireGateway: RequestHandler) => {
    // POST /internal/workspaces/members — who belongs to a workspace, with roles (notifications
    // asks it for the admins to tell about a failed sync or a disabled webhook).
    app.post('/internal/workspaces/members', requireGateway, async (req, res, next) => {
      try {
        const { workspaceId } = (req.body ?? {}) as { workspaceId?: unknown };
        if (typeof workspaceId !== 'string' || !UUID.test(workspaceId)) {
          res.json({ members: [] });
          return;
        }
        const members = await deps.db.listMembers([workspaceId]);
        res.json({ members: members.map((m) => ({ userId: m.userId, role: m.role })) });
      } catch (error) {
        next(error);
      }
    });
    app.post('/internal/memberships/role', requireGateway, async (req, res, next) => {
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
    });
  };
}
