import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import makeFetchHappen from 'make-fetch-happen';

/**
 * The HTTP client the gateway calls subgraphs with. Apollo's default opens a connection for
 * every concurrent request; an event fanned out to thousands of subscribers then floods a
 * subgraph's accept queue, and the requests it drops hang for minutes. Here connections per
 * subgraph are bounded (requests beyond wait for a free one) and every request has a deadline.
 */
export function createSubgraphFetcher(options: {
  maxSockets: number;
  timeoutMs: number;
}): RemoteGraphQLDataSource['fetcher'] {
  return makeFetchHappen.defaults({
    maxSockets: options.maxSockets,
    retry: false,
    timeout: options.timeoutMs,
  }) as RemoteGraphQLDataSource['fetcher'];
}
