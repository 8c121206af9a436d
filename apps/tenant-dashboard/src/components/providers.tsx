'use client';
import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { createContext, useContext, useEffect, useSyncExternalStore, type ReactNode } from 'react';
import { ConnectionStatus, type ConnectionState } from '../lib/connection-status.ts';
import { createApolloClient } from '../lib/graphql/client.ts';
import { SessionManager, type SessionState } from '../lib/session.ts';
import { ToastProvider } from './toasts.tsx';
import { Loading } from './ui.tsx';

interface Runtime {
  session: SessionManager;
  client: ApolloClient;
  connection: ConnectionStatus;
}

// One session and one Apollo Client per page, created in the browser only.
let runtime: Runtime | null = null;
function getRuntime(): Runtime {
  if (!runtime) {
    const session = new SessionManager();
    const { client, live } = createApolloClient(session);
    // Signing out drops the cache and live connection, so nothing of the last person stays.
    let signedIn = false;
    session.subscribe(() => {
      const state = session.getState();
      if (signedIn && state.status === 'signed-out') {
        void live.terminate();
        void client.clearStore();
      }
      signedIn = state.status === 'signed-in';
    });
    runtime = { session, client, connection: new ConnectionStatus(live) };
  }
  return runtime;
}

const SessionContext = createContext<SessionManager | null>(null);
const ConnectionContext = createContext<ConnectionStatus | null>(null);

const noSubscription = () => () => undefined;

export function Providers({ children }: { children: ReactNode }) {
  // The server renders the loading screen; the browser takes over with the session.
  const inBrowser = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  if (!inBrowser) return <Loading label="Opening PyAirtable…" />;
  return <BrowserProviders>{children}</BrowserProviders>;
}

function BrowserProviders({ children }: { children: ReactNode }) {
  const { session, client, connection } = getRuntime();
  useEffect(() => session.start(), [session]);
  return (
    <SessionContext.Provider value={session}>
      <ConnectionContext.Provider value={connection}>
        <ApolloProvider client={client}>
          <ToastProvider>{children}</ToastProvider>
        </ApolloProvider>
      </ConnectionContext.Provider>
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

export function useConnectionStatus(): ConnectionStatus {
  const connection = useContext(ConnectionContext);
  if (!connection) throw new Error('useConnectionStatus outside <Providers>');
  return connection;
}

/** Online, offline or reconnecting, as it changes. */
export function useConnectionState(): ConnectionState {
  const connection = useConnectionStatus();
  return useSyncExternalStore(connection.subscribe, connection.getState, connection.getState);
}
