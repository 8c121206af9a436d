'use client';
import { useMutation } from '@apollo/client/react';
import { timeAgo } from '../../lib/format.ts';
import { RESYNC_BASE, type Connection } from '../../lib/graphql/airtable.ts';
import { Icon } from '../icons.tsx';
import { useToasts } from '../toasts.tsx';
import { Button } from '../ui.tsx';
import { SyncProgress } from './sync-progress.tsx';

/** One Airtable connection: its token's last characters, its bases and their syncs. */
export function ConnectionCard({
  connection,
  onAddBases,
  onRemove,
}: {
  connection: Connection;
  onAddBases(): void;
  onRemove(): void;
}) {
  const toasts = useToasts();
  const [resync] = useMutation(RESYNC_BASE);
  return (
    <section className="card" aria-label={`Connection ${connection.name}`}>
      <div className="card-header">
        <div>
          <h2 style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
            <Icon name="plug" /> {connection.name}
          </h2>
          <p>
            Token ending in <code>{connection.tokenHint.replace(/^[.…]+/, '…')}</code> · connected{' '}
            {timeAgo(connection.createdAt)}
          </p>
        </div>
        <div style={{ display: 'flex', gap: 8 }}>
          <Button size="small" icon="plus" onClick={onAddBases}>
            Add bases
          </Button>
          <Button size="small" variant="danger" onClick={onRemove}>
            Remove
          </Button>
        </div>
      </div>
      {connection.bases.length === 0 ? (
        <p className="muted" style={{ padding: '16px 20px' }}>
          No bases synced from this connection yet.
        </p>
      ) : (
        <ul className="list">
          {connection.bases.map((base) => (
            <li key={base.id}>
              <span className="base-icon">
                <Icon name="base" size={16} />
              </span>
              <div className="grow">
                <div className="title">{base.name}</div>
                <div className="sub mono">{base.id}</div>
              </div>
              <SyncProgress baseId={base.id} initial={base.sync} />
              <Button
                size="small"
                variant="ghost"
                icon="refresh"
                onClick={async () => {
                  try {
                    await resync({ variables: { id: base.id } });
                    toasts.show(`Syncing ${base.name} again.`);
                  } catch (failure) {
                    toasts.error(failure);
                  }
                }}
              >
                Sync now
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
