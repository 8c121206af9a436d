'use client';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import {
  KIND_LABELS,
  NOTIFICATION_PREFERENCES,
  UPDATE_NOTIFICATION_PREFERENCE,
  type NotificationKind,
} from '../../lib/graphql/notifications.ts';
import { useToasts } from '../toasts.tsx';
import { ErrorMessage, Loading } from '../ui.tsx';

const CHANNELS = [
  { key: 'inApp', label: 'In the app' },
  { key: 'email', label: 'Email' },
  { key: 'digest', label: 'Daily digest' },
] as const;

/** Where each kind of notification reaches the person: the bell, an email, a daily digest. */
export function NotificationPreferences() {
  const toasts = useToasts();
  const { data, loading, error, refetch } = useQuery(NOTIFICATION_PREFERENCES);
  const [update] = useMutation(UPDATE_NOTIFICATION_PREFERENCE, {
    refetchQueries: [{ query: NOTIFICATION_PREFERENCES }],
    awaitRefetchQueries: true,
  });
  // A box shows its new state at once, until the saved preferences are read back.
  const [saving, setSaving] = useState<Record<string, boolean>>({});
  const set = async (
    kind: NotificationKind,
    channel: 'inApp' | 'email' | 'digest',
    value: boolean,
  ) => {
    const key = `${kind}:${channel}`;
    setSaving((current) => ({ ...current, [key]: value }));
    try {
      await update({ variables: { input: { kind, [channel]: value } } });
    } catch (failure) {
      toasts.error(failure);
    }
    setSaving(({ [key]: _done, ...rest }) => rest);
  };

  return (
    <section className="card" aria-labelledby="notification-preferences-heading">
      <div className="card-header">
        <div>
          <h2 id="notification-preferences-heading">Notifications</h2>
          <p>What reaches you where. Every email also has a link to stop that kind.</p>
        </div>
      </div>
      {loading && !data ? (
        <Loading />
      ) : error && !data ? (
        <div className="card-body">
          <ErrorMessage error={error} onRetry={() => void refetch()} />
        </div>
      ) : (
        <div className="card-body">
          <table className="preferences-table">
            <thead>
              <tr>
                <th scope="col">Kind</th>
                {CHANNELS.map((c) => (
                  <th scope="col" key={c.key}>
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data?.notificationPreferences.map((p) => (
                <tr key={p.kind}>
                  <th scope="row">{KIND_LABELS[p.kind]}</th>
                  {CHANNELS.map((c) => (
                    <td key={c.key}>
                      <input
                        type="checkbox"
                        aria-label={`${KIND_LABELS[p.kind]}: ${c.label}`}
                        checked={saving[`${p.kind}:${c.key}`] ?? p[c.key]}
                        onChange={(e) => void set(p.kind, c.key, e.target.checked)}
                      />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
