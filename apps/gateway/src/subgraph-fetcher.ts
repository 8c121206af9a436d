import { createRequire } from 'node:module';
import type { RemoteGraphQLDataSource } from '@apollo/gateway';

type Fetcher = RemoteGraphQLDataSource['fetcher'];

// make-fetch-happen is Apollo gateway's own HTTP client; it ships no types, so the part used
// here is typed where it is loaded.
const makeFetchHappen = createRequire(import.meta.url)('make-fetch-happen') as {
  defaults(options: { maxSockets: number; retry: boolean; timeout: number }): Fetcher;
};

/**
 * The HTTP client the gateway calls subgraphs with. Apollo's default opens a connection for
 * every concurrent request; an event fanned out to thousands of subscribers then floods a
 * subgraph's accept queue, and the requests it drops hang for minutes. Here connections per
 * subgraph are bounded (requests beyond wait for a free one) and every request has a deadline.
 */
export function createSubgraphFetcher(options: { maxSockets: number; timeoutMs: number }): Fetcher {
  return makeFetchHappen.defaults({
    maxSockets: options.maxSockets,
    retry: false,
    timeout: options.timeoutMs,
  });
}
