import { GraphQLError, type ASTNode, type GraphQLFormattedError, type Source } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';

/** The closed set of error codes a client may see (besides GraphQL's own validation codes). */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'RATE_LIMITED',
  'UPSTREAM_UNAVAILABLE',
  'TIMEOUT',
  'RESPONSE_TOO_LARGE',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

// Codes produced by graphql-js / Apollo Server for malformed operations: safe to show.
const OPERATION_CODES = [
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
];
const PUBLIC_CODES = new Set<string>([...ERROR_CODES, ...OPERATION_CODES]);

function clientError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

/** The caller is not signed in, or its credentials are invalid; `reason` tells the audit log why. */
export const unauthenticated = (message = 'You must be signed in.', reason?: string) =>
  clientError('UNAUTHENTICATED', message, reason ? { reason } : {});
/** The caller is signed in but may not do this. */
export const forbidden = (message = 'You do not have access to this.') =>
  clientError('FORBIDDEN', message);
/** No such thing, or the caller may not know it exists. */
export const notFound = (type: string, id?: string) =>
  clientError('NOT_FOUND', id ? `${type} ${id} was not found.` : `${type} was not found.`);
/** Invalid input; `field` names the offending input field. */
export const badUserInput = (message: string, field?: string) =>
  clientError('BAD_USER_INPUT', message, field ? { field } : {});
/** The request conflicts with the current state. */
export const conflict = (message: string) => clientError('CONFLICT', message);
/** Too many attempts; retry after the given number of seconds. */
export const rateLimited = (
  retryAfterSeconds: number,
  message = 'Too many attempts. Try again later.',
) => clientError('RATE_LIMITED', message, { retryAfterSeconds });
/** A service the platform depends on did not answer. */
export const upstreamUnavailable = (message: string) =>
  clientError('UPSTREAM_UNAVAILABLE', message);
/** A limit that waiting does not lift (subscriptions per connection, queued events). */
export const overLimit = (message: string) => clientError('RATE_LIMITED', message);
/** The request ran past its time budget; its work was abandoned. */
export const timedOut = (message: string) => clientError('TIMEOUT', message);
/** The answer would be larger than the server sends. */
export const responseTooLarge = (message: string) => clientError('RESPONSE_TOO_LARGE', message);

/** An operation the server refuses before running it (too deep, too costly, introspection…). */
export const validationFailed = (message: string, nodes?: readonly ASTNode[]) =>
  new GraphQLError(message, {
    nodes,
    extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
  });

/** A document that does not parse, or has more tokens than the server reads. */
export const parseFailed = (message: string, source?: Source, positions?: readonly number[]) =>
  new GraphQLError(message, { source, positions, extensions: { code: 'GRAPHQL_PARSE_FAILED' } });

/** An error a GraphQL response carried, raised again with its message and extensions. */
export const errorFromResponse = (error: GraphQLFormattedError) =>
  new GraphQLError(error.message, {
    extensions: { ...error.extensions, code: error.extensions?.code ?? 'INTERNAL_SERVER_ERROR' },
  });

/** True when an error is one we made on purpose for the client (not a bug). */
export function isClientError(error: unknown): boolean {
  const original = unwrapResolverError(error);
  if (!(original instanceof GraphQLError)) return false;
  const code = original.extensions?.code;
  return typeof code === 'string' && PUBLIC_CODES.has(code);
}

/**
 * Keeps client errors as they are and masks everything else to "Unexpected error." with the
 * request id, so internals never reach a client. Stack traces are always removed.
 */
export function maskError(
  formatted: GraphQLFormattedError,
  requestId?: string,
): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PUBLIC_CODES.has(code)) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  return {
    message: requestId ? `Unexpected error. Request id: ${requestId}` : 'Unexpected error.',
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR', ...(requestId ? { requestId } : {}) },
  };
}
