import { maskError } from '@pyairtable/subgraph-kit';
import type { GraphQLFormattedError } from 'graphql';
import { hideSuggestions } from './request-limits.ts';

/**
 * Masks anything that is not a deliberate client error. A subgraph that cannot be reached,
 * or does not answer within SUBGRAPH_TIMEOUT_MS, becomes UPSTREAM_UNAVAILABLE rather than an
 * opaque failure. Which subgraph answered is not the client's business (Apollo's gateway adds
 * `serviceName`), and without introspection neither are graphql-js's "Did you mean …" hints.
 */
export function createErrorFormatter(options: { suggestions: boolean }) {
  return function formatGatewayError(
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
    const { serviceName: _serviceName, ...extensions } = formatted.extensions ?? {};
    const masked = maskError({ ...formatted, extensions });
    return options.suggestions ? masked : { ...masked, message: hideSuggestions(masked.message) };
  };
}
