'use client';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { CONNECTIONS, SYNC_BASE, type AvailableBase } from '../../lib/graphql/airtable.ts';
import { WORKSPACE_BASES } from '../../lib/graphql/workspaces.ts';
import { useToasts } from '../toasts.tsx';
import { Badge, Button } from '../ui.tsx';

/** The bases a token reaches: tick the ones to mirror, then sync them one after another. */
export function BasePicker({
  workspaceId,
  connectionId,
  bases,
  onDone,
}: {
  workspaceId: string;
  connectionId: string;
  bases: AvailableBase[];
  onDone: () => void;
}) {
  const toasts = useToasts();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [sync] = useMutation(SYNC_BASE, {
    refetchQueries: [
      { query: CONNECTIONS, variables: { id: workspaceId } },
      { query: WORKSPACE_BASES, variables: { id: workspaceId } },
    ],
  });
  const choosable = bases.filter((b) => !b.synced);
  if (bases.length === 0)
    return (
      <p className="muted">
        This token cannot reach any base. Check its scopes and access in Airtable.
      </p>
    );
  return (
    <div className="form">
      <fieldset className="choice-list" style={{ border: 0, padding: 0, margin: 0 }}>
        <legend className="label" style={{ marginBottom: 8 }}>
          Bases this token can reach
        </legend>
        {bases.map((base) => (
          <label key={base.id} className="choice">
            <input
              type="checkbox"
              disabled={base.synced}
              checked={base.synced || selected.has(base.id)}
              onChange={(e) =>
                setSelected((current) => {
                  const next = new Set(current);
                  if (e.target.checked) next.add(base.id);
                  else next.delete(base.id);
                  return next;
                })
              }
            />
            <span style={{ flex: 1 }}>
              <strong>{base.name}</strong> <span className="muted mono">{base.id}</span>
            </span>
            {base.synced ? (
              <Badge tone="success">Synced</Badge>
            ) : (
              <Badge>{base.permissionLevel}</Badge>
            )}
          </label>
        ))}
      </fieldset>
      <div style={{ display: 'flex', gap: 8 }}>
        <Button
          variant="primary"
          busy={busy}
          disabled={selected.size === 0}
          onClick={async () => {
            setBusy(true);
            for (const baseId of selected) {
              try {
                await sync({ variables: { connectionId, baseId } });
              } catch (failure) {
                toasts.error(failure);
              }
            }
            setBusy(false);
            setSelected(new Set());
            onDone();
          }}
        >
          {selected.size > 1 ? `Sync ${selected.size} bases` : 'Sync base'}
        </Button>
        <Button variant="ghost" onClick={onDone}>
          {choosable.length ? 'Not now' : 'Close'}
        </Button>
      </div>
    </div>
  );
}
