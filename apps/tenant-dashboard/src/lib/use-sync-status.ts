'use client';
import { useApolloClient, useSubscription } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { SYNC_PROGRESS, type SyncStatus } from './graphql/airtable.ts';
import { WORKSPACE_BASES } from './graphql/workspaces.ts';

/**
 * A base's sync status, live. When a sync finishes, the workspace's bases and tables are read
 * again, so new tables and record counts appear in the sidebar without a reload.
 */
export function useSyncStatus(baseId: string, initial: SyncStatus | Pick<SyncStatus, 'state'>) {
  const client = useApolloClient();
  const { data } = useSubscription(SYNC_PROGRESS, { variables: { baseId } });
  const status = data?.syncProgress ?? initial;
  const previous = useRef(status.state);
  useEffect(() => {
    const was = previous.current;
    previous.current = status.state;
    if (status.state === 'READY' && was !== 'READY')
      void client.refetchQueries({ include: [WORKSPACE_BASES] });
  }, [status.state, client]);
  return status;
}
