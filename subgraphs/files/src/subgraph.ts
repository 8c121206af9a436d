import {
  actorOf,
  createSubgraphServer,
  loadSchemaFile,
  metricsAccessOf,
} from '@pyairtable/subgraph-kit';
import type { FilesContext, FilesDeps } from './deps.ts';
import { addDownloadRoutes } from './http/download-route.ts';
import { addUploadRoute } from './http/upload-route.ts';
import { resolvers } from './resolvers/index.ts';

const typeDefs = loadSchemaFile(new URL('../schema.graphql', import.meta.url));

/** The files subgraph with its tus and download routes, built but not listening. */
export function createFilesSubgraph(deps: FilesDeps) {
  return createSubgraphServer<FilesContext>({
    name: 'files',
    typeDefs,
    resolvers,
    logger: deps.logger,
    signingSecret: deps.config.GATEWAY_SIGNING_SECRET,
    metricsAccess: metricsAccessOf(deps.config),
    isReady: deps.db.ping,
    routes: (app) => {
      addUploadRoute(app, deps);
      addDownloadRoutes(app, deps);
    },
    createContext: (base) => ({
      ...base,
      deps,
      actor: actorOf(base.caller, base.requestId, base.log),
    }),
  });
}
