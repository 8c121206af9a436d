import {
  ApolloClient,
  ApolloLink,
  CombinedGraphQLErrors,
  HttpLink,
  InMemoryCache,
} from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { getMainDefinition } from '@apollo/client/utilities';
import { from, switchMap } from 'rxjs';
import type { SessionManager } from '../session.ts';
import { createLiveLink } from './live-link.ts';

/** The one Apollo Client of the page: HTTP to /graphql, subscriptions over graphql-ws, tokens from the session. */
export function createApolloClient(session: SessionManager) {
  const origin = window.location.origin;
  const live = createLiveLink(`${origin.replace(/^http/, 'ws')}/graphql`, session);

  const withToken = new SetContextLink(async (context) => {
    const token = await session.accessToken();
    return {
      headers: { ...context.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    };
  });

  // An access token can expire between the check above and the gateway reading it: renew once and retry.
  const renewOnce = new ErrorLink(({ error, operation, forward }) => {
    const expired =
      CombinedGraphQLErrors.is(error) &&
      error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
    if (!expired || operation.getContext().renewed) return;
    operation.setContext({ renewed: true });
    return from(session.refresh()).pipe(
      switchMap((renewed) => {
        if (!renewed) throw error;
        return forward(operation);
      }),
    );
  });

  const http = new HttpLink({ uri: `${origin}/graphql`, credentials: 'same-origin' });
  const isSubscription = ({ query }: ApolloLink.Operation) => {
    const definition = getMainDefinition(query);
    return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
  };

  const client = new ApolloClient({
    link: ApolloLink.split(
      isSubscription,
      live.link,
      ApolloLink.from([renewOnce, withToken, http]),
    ),
    cache: new InMemoryCache({
      typePolicies: {
        // Members, statuses and cells have no id of their own: they live inside their parent.
        Member: { keyFields: false },
        SyncStatus: { keyFields: false },
        AvailableBase: { keyFields: ['id'] },
        User: { fields: { workspaces: { merge: false } } },
        Workspace: {
          fields: {
            members: { merge: false },
            invitations: { merge: false },
            bases: { merge: false },
            airtableConnections: { merge: false },
          },
        },
        Base: { fields: { tables: { merge: false } } },
        Table: { fields: { fields: { merge: false }, views: { merge: false } } },
        Query: { fields: { apiKeys: { merge: false } } },
      },
    }),
  });
  return { client, live: live.client };
}
