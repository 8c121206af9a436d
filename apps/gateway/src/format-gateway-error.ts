import { maskError } from '@pyairtable/subgraph-kit';
import type { GraphQLFormattedError } from 'graphql';

/**
 * Masks anything that is not a deliberate client error. A subgraph that cannot be reached,
 * or does not answer within SUBGRAPH_TIMEOUT_MS, becomes UPSTREAM_UNAVAILABLE rather than an
 * opaque failure.
 */
export function formatGatewayError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const message = (error as Error)?.message ?? '';
  if (
    /ECONNREFUSED|ECONNRESET|ETIMEDOUT|fetch failed|socket hang up|network timeout/i.test(message)
  ) {
    return {
      message: 'A service is unavailable. Try again shortly.',
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'UPSTREAM_UNAVAILABLE' },
    };
  }
  return maskError(formatted);
}
