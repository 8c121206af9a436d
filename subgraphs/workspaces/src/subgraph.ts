import { createSubgraphServer, loadSchemaFile, metricsAccessOf } from '@pyairtable/subgraph-kit';
import DataLoader from 'dataloader';
import type { Membership, Workspace } from './db.ts';
import type { WorkspacesContext, WorkspacesDeps } from './deps.ts';
import { addInternalRoutes } from './internal-routes.ts';
import { resolvers } from './resolvers/index.ts';
import { addSuspendedRoute } from './suspended-route.ts';

const typeDefs = loadSchemaFile(new URL('../schema.graphql', import.meta.url));

function createLoaders(deps: WorkspacesDeps, userId: string | null): WorkspacesContext['loaders'] {
  return {
    workspace: new DataLoader<string, Workspace | null>(async (ids) => {
      const rows = await deps.db.findWorkspaces(ids);
      return ids.map((id) => rows.find((w) => w.id === id) ?? null);
    }),
    myMembership: new DataLoader<string, Membership | null>(async (workspaceIds) => {
      if (!userId) return workspaceIds.map(() => null);
      const rows = await deps.db.findMemberships(
        workspaceIds.map((workspaceId) => ({ workspaceId, userId })),
      );
      return workspaceIds.map((id) => rows.find((m) => m.workspaceId === id) ?? null);
    }),
    members: new DataLoader<string, Membership[]>(async (workspaceIds) => {
      const rows = await deps.db.listMembers(workspaceIds);
      return workspaceIds.map((id) => rows.filter((m) => m.workspaceId === id));
    }),
  };
}

/** The workspaces subgraph, built but not listening. */
export function createWorkspacesSubgraph(deps: WorkspacesDeps) {
  return createSubgraphServer<WorkspacesContext>({
    name: 'workspaces',
    typeDefs,
    resolvers,
    logger: deps.logger,
    signingSecret: deps.config.GATEWAY_SIGNING_SECRET,
    metricsAccess: metricsAccessOf(deps.config),
    isReady: deps.db.ping,
    routes: (app, requireGateway) => {
      addInternalRoutes(deps)(app, requireGateway);
      addSuspendedRoute(deps)(app, requireGateway);
    },
    createContext: (base) => ({ ...base, deps, loaders: createLoaders(deps, base.caller.userId) }),
  });
}
