import { ApolloLink } from '@apollo/client';
import { print } from '@apollo/client/utilities';
import { createClient, type Client } from 'graphql-ws';
import { Observable } from 'rxjs';
import type { SessionManager } from '../session.ts';

// The gateway closes a socket with 4401 when its access token expires and 4403 when the
// credentials are refused; both are fatal to graphql-ws, so this link renews and resubscribes.
const TOKEN_EXPIRED = 4401;
const TOKEN_REFUSED = 4403;

function closeCode(error: unknown): number | undefined {
  return error && typeof error === 'object' && 'code' in error && typeof error.code === 'number'
    ? error.code
    : undefined;
}

/** A terminating link for subscriptions over graphql-ws that survives token renewal. */
export function createLiveLink(
  url: string,
  session: SessionManager,
): { link: ApolloLink; client: Client } {
  const client = createClient({
    url,
    lazy: true,
    keepAlive: 20_000,
    retryAttempts: 30,
    shouldRetry: () => true,
    connectionParams: async () => {
      const token = await session.accessToken();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
  });

  const link = new ApolloLink(
    (operation) =>
      new Observable<ApolloLink.Result>((observer) => {
        const { query, variables, operationName, extensions } = operation;
        let dispose: () => void = () => undefined;
        let closed = false;
        let renewals = 0;
        const start = () => {
          dispose = client.subscribe<ApolloLink.Result['data']>(
            { query: print(query), variables, operationName, extensions },
            {
              next: (value) => observer.next(value as ApolloLink.Result),
              complete: () => observer.complete(),
              error: (error: unknown) => {
                const code = closeCode(error);
                const renewable =
                  code === TOKEN_EXPIRED || (code === TOKEN_REFUSED && renewals === 0);
                if (closed || !renewable) {
                  observer.error(
                    error instanceof Error
                      ? error
                      : new Error(
                          code === TOKEN_REFUSED
                            ? 'Live updates were refused: please sign in again.'
                            : 'Live updates were interrupted.',
                        ),
                  );
                  return;
                }
                renewals += code === TOKEN_REFUSED ? 1 : 0;
                void session.refresh().then((renewed) => {
                  if (closed) return;
                  if (renewed) start();
                  else observer.error(new Error('Your session has ended. Please sign in again.'));
                });
              },
            },
          );
        };
        start();
        return () => {
          closed = true;
          dispose();
        };
      }),
  );
  return { link, client };
}
