'use client';
import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { createContext, useContext, useEffect, useSyncExternalStore, type ReactNode } from 'react';
import { createApolloClient } from '../lib/client.ts';
import { SessionManager, type SessionState } from '../lib/session.ts';
import { Loading } from './states.tsx';

// One session and one Apollo Client per page, created in the browser only.
let runtime: { session: SessionManager; client: ApolloClient } | null = null;
function getRuntime() {
  if (!runtime) {
    const session = new SessionManager();
    const client = createApolloClient(session);
    // Signing out drops the cache, so nothing of the last session stays on the page.
    session.subscribe(() => {
      if (session.getState().status === 'signed-out') void client.clearStore();
    });
    runtime = { session, client };
  }
  return runtime;
}

const SessionContext = createContext<SessionManager | null>(null);
const noSubscription = () => () => undefined;

export function Providers({ children }: { children: ReactNode }) {
  // The server renders the loading screen; the browser takes over with the session.
  const inBrowser = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  if (!inBrowser) return <Loading label="Opening the admin portal…" />;
  return <BrowserProviders>{children}</BrowserProviders>;
}

function BrowserProviders({ children }: { children: ReactNode }) {
  const { session, client } = getRuntime();
  useEffect(() => session.start(), [session]);
  return (
    <SessionContext.Provider value={session}>
      <ApolloProvider client={client}>{children}</ApolloProvider>
    </SessionContext.Provider>
  );
}

export function useSessionManager(): SessionManager {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSessionManager outside <Providers>');
  return session;
}

export function useSession(): SessionState {
  const session = useSessionManager();
  return useSyncExternalStore(session.subscribe, session.getState, session.getState);
}
