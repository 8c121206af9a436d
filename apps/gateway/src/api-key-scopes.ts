import type { ApolloServerPlugin } from '@apollo/server';
import { forbidden } from '@pyairtable/subgraph-kit';
import type { GatewayContext } from './create-gateway.ts';

const READ_ONLY = 'This API key is read-only: it cannot run mutations.';

/** Refuses every mutation to a read-only API key, before any subgraph hears of it. */
export function apiKeyScopesPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (
            operation?.operation === 'mutation' &&
            contextValue.credentials?.apiKeyScopes?.readOnly
          )
            throw forbidden(READ_ONLY);
        },
      };
    },
  };
}

/** Whether a /v0 request of a read-only key only reads (GET, or listRecords' POST). */
export function isReadRequest(method: string, path: string): boolean {
  return (
    method === 'GET' ||
    method === 'HEAD' ||
    (method === 'POST' && /\/listRecords$/.test(path.split('?')[0]!))
  );
}
