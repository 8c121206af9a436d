export {
  ACCESS_ROLES,
  accessAtLeast,
  tablePolicyOf,
  type AccessRole,
  type BasePolicy,
  type DecidedBy,
  type TablePolicy,
} from './access-policy.ts';
export { actorOf, requirePlatformAdmin, requireUser, type Actor } from './actor.ts';
export { recordAdminAction } from './admin-actions.ts';
export { Auth } from './auth.ts';
export {
  createGatewayExecutor,
  type GatewayExecutor,
  type GatewayResult,
} from './gateway-executor.ts';
export {
  createSubgraphServer,
  loadSchemaFile,
  type BaseContext,
  type SubgraphServer,
  type SubgraphServerOptions,
} from './create-subgraph-server.ts';
export {
  ERROR_CODES,
  badUserInput,
  conflict,
  errorFromResponse,
  forbidden,
  isClientError,
  maskError,
  notFound,
  overLimit,
  parseFailed,
  rateLimited,
  responseTooLarge,
  timedOut,
  unauthenticated,
  upstreamUnavailable,
  validationFailed,
  type ErrorCode,
} from './errors.ts';
export { createLogger, type Logger } from './logger.ts';
export {
  AUDIT_PATH_HEADER,
  CONTEXT_HEADER,
  REQUEST_ID_HEADER,
  createNonceCache,
  pathOf,
  serviceCaller,
  signRequest,
  verifyRequest,
  type ApiKeyScopes,
  type Caller,
  type NonceCache,
  type PlatformRole,
  type SignedTarget,
} from './signed-context.ts';
export { signedFetch, type SignedFetchInit } from './signed-fetch.ts';
export {
  API_KEY_PREFIX,
  signAccessToken,
  verifyAccessToken,
  type AccessClaims,
} from './access-tokens.ts';
export { DateTime, JSONScalar } from './scalars.ts';
export { runUntilSignal } from './run-until-signal.ts';
export { uuidOrNotFound } from './ids.ts';
export { offsetConnection, offsetCursor, readOffsetPage } from './offset-pages.ts';
export { closingAlso, serveHttp, type RunningServer } from './serve-http.ts';
export { createSecretBox, type SecretBox } from './secret-box.ts';
export {
  createMembershipClient,
  roleAtLeast,
  type MembershipClient,
  type WorkspaceRole,
} from './membership-client.ts';
export { streamedBodyClaim } from './streamed-body.ts';
export { createSuspendedWorkspaces, type SuspendedWorkspaces } from './suspended-workspaces.ts';
export {
  createRecordChangeFeed,
  type FeedTable,
  type RecordChangeFeed,
  type RecordChangeItem,
  type RecordChangePage,
} from './record-change-feed.ts';
export {
  createGraphqlMetrics,
  createHttpMetrics,
  createMetricsRegistry,
  createServiceMetrics,
  metricsAccessOf,
  serveMetrics,
  type MetricsAccess,
  type ServiceMetrics,
} from './metrics.ts';
