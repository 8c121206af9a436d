'use client';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { FLAGS, SET_FLAG } from '../lib/operations.ts';
import { describeError, EmptyState, ErrorState, Loading } from './states.tsx';

type Choice = 'default' | 'on' | 'off';
const choiceOf = (value: boolean | null): Choice =>
  value === null ? 'default' : value ? 'on' : 'off';
const valueOf = (choice: Choice) => (choice === 'default' ? null : choice === 'on');

/**
 * The feature flags for every workspace (no workspaceId) or one tenant's overrides: each a
 * choice of on, off, or what applies otherwise (the default, or the global value).
 */
export function FeatureFlags({ workspaceId }: { workspaceId: string | null }) {
  const { data, loading, error, refetch } = useQuery(FLAGS, { variables: { workspaceId } });
  const [setFlag, setting] = useMutation(SET_FLAG);
  const [actionError, setActionError] = useState<string | null>(null);
  if (loading && !data) return <Loading label="Loading feature flags…" />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const flags = data?.adminFeatureFlags ?? [];
  if (flags.length === 0) return <EmptyState>No feature flags.</EmptyState>;

  const change = async (key: string, choice: Choice) => {
    setActionError(null);
    try {
      await setFlag({ variables: { input: { key, workspaceId, enabled: valueOf(choice) } } });
      await refetch();
    } catch (caught) {
      setActionError(describeError(caught));
    }
  };
  const inherited = (flag: (typeof flags)[number]) =>
    workspaceId
      ? `inherited (${(flag.globalEnabled ?? flag.defaultEnabled) ? 'on' : 'off'})`
      : `default (${flag.defaultEnabled ? 'on' : 'off'})`;

  return (
    <>
      <table className="table flags">
        <caption className="sr-only">Feature flags</caption>
        <thead>
          <tr>
            <th scope="col">Flag</th>
            <th scope="col">Setting</th>
            <th scope="col">Applies</th>
          </tr>
        </thead>
        <tbody>
          {flags.map((flag) => (
            <tr key={flag.key}>
              <th scope="row">
                <code>{flag.key}</code>
                <div className="muted">{flag.description}</div>
              </th>
              <td>
                <select
                  aria-label={`${flag.key} setting`}
                  disabled={setting.loading}
                  value={choiceOf(workspaceId ? flag.workspaceEnabled : flag.globalEnabled)}
                  onChange={(event) => void change(flag.key, event.target.value as Choice)}
                >
                  <option value="default">{inherited(flag)}</option>
                  <option value="on">on</option>
                  <option value="off">off</option>
                </select>
              </td>
              <td>
                <span className={flag.enabled ? 'pill ok' : 'pill bad'}>
                  {flag.enabled ? 'On' : 'Off'}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {actionError && (
        <p className="form-error" role="alert">
          {actionError}
        </p>
      )}
    </>
  );
}
