'use client';
import { timeAgo } from '../../lib/format.ts';
import type { SyncStatus } from '../../lib/graphql/airtable.ts';
import { useSyncStatus } from '../../lib/use-sync-status.ts';
import { Badge } from '../ui.tsx';

/** How far a sync is, in tables: a running one counts its current table as half done. */
function syncPercent(status: SyncStatus, running: boolean): number | null {
  if (status.tablesTotal > 0)
    return Math.round(((status.tablesDone + (running ? 0.5 : 0)) / status.tablesTotal) * 100);
  return running ? null : 100;
}

/** A base's sync, kept current by the syncProgress subscription. */
export function SyncProgress({ baseId, initial }: { baseId: string; initial: SyncStatus }) {
  const status = useSyncStatus(baseId, initial) as SyncStatus;
  const running = status.state === 'SYNCING' || status.state === 'PENDING';
  const percent = syncPercent(status, running);
  return (
    <div className="sync-line" aria-live="polite">
      <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
        {status.state === 'READY' ? (
          <Badge tone="success">Up to date</Badge>
        ) : status.state === 'ERROR' ? (
          <Badge tone="danger">Sync failed</Badge>
        ) : status.state === 'PENDING' ? (
          <Badge tone="warning">Waiting</Badge>
        ) : (
          <Badge tone="accent">Syncing</Badge>
        )}
        <span className="numbers">
          {status.recordsDone.toLocaleString()}
          {status.recordsTotal ? ` / ${status.recordsTotal.toLocaleString()}` : ''} records ·{' '}
          {status.tablesDone}/{status.tablesTotal} tables
        </span>
      </div>
      {running ? (
        <div
          className={`progress${percent === null ? ' indeterminate' : ''}`}
          role="progressbar"
          aria-label="Sync progress"
          aria-valuenow={percent ?? undefined}
          aria-valuemin={0}
          aria-valuemax={100}
        >
          <span style={percent === null ? undefined : { width: `${Math.min(100, percent)}%` }} />
        </div>
      ) : null}
      {status.state === 'ERROR' && status.error ? (
        <span className="field-error">{status.error}</span>
      ) : null}
      {status.state === 'READY' && status.lastSyncedAt ? (
        <span className="numbers">Last synced {timeAgo(status.lastSyncedAt)}</span>
      ) : null}
    </div>
  );
}
