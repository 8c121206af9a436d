'use client';
import { useConnectionState } from '../providers.tsx';
import { Icon } from '../icons.tsx';

/** Says so in the top bar while the page is offline or its live connection is coming back. */
export function ConnectionIndicator() {
  const state = useConnectionState();
  if (state === 'online') return null;
  return (
    <span className={`connection connection-${state}`} role="status" title={TITLES[state]}>
      <Icon name="alert" size={14} />
      <span className="wide-only">{state === 'offline' ? 'Offline' : 'Reconnecting…'}</span>
      <span className="visually-hidden"> {TITLES[state]}</span>
    </span>
  );
}

const TITLES = {
  offline:
    'You are offline. What is on screen stays; edits wait and are sent when you are back online.',
  reconnecting: 'Live updates dropped; reconnecting. Edits still go through.',
} as const;
