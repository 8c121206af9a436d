import {
  ApolloClient,
  ApolloLink,
  CombinedGraphQLErrors,
  HttpLink,
  InMemoryCache,
} from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { from, switchMap } from 'rxjs';
import type { SessionManager } from './session.ts';

/** The page's Apollo Client: HTTP to the portal's /graphql, tokens from the session. */
export function createApolloClient(session: SessionManager) {
  const withToken = new SetContextLink(async (context) => {
    const token = await session.accessToken();
    return {
      headers: { ...context.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    };
  });
  // An ended session (signed out everywhere, account disabled) answers UNAUTHENTICATED: try
  // the refresh cookie once; when that is refused too, the session manager signs out.
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
  const http = new HttpLink({
    uri: `${window.location.origin}/graphql`,
    credentials: 'same-origin',
  });
  return new ApolloClient({
    link: ApolloLink.from([renewOnce, withToken, http]),
    cache: new InMemoryCache({
      typePolicies: {
        Member: { keyFields: false },
        SyncStatus: { keyFields: false },
        AdminBase: { keyFields: false },
        ServiceHealth: { keyFields: false },
        AdminOverview: { keyFields: false },
        // Pages are read one at a time (cursor in the URL), never merged.
        Query: { fields: { adminUsers: { merge: false }, adminWorkspaces: { merge: false } } },
      },
    }),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
