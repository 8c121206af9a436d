'use client';
import { useRouter } from 'next/navigation';
import { useCallback, useRef, useState } from 'react';
import { avatarColors } from '../../lib/colors.ts';
import { initials } from '../../lib/format.ts';
import { Icon } from '../icons.tsx';
import { useSession, useSessionManager } from '../providers.tsx';
import { useDismiss } from '../ui.tsx';

export function Avatar({ id, name, small }: { id: string; name: string; small?: boolean }) {
  return (
    <span className={`avatar${small ? ' small' : ''}`} style={avatarColors(id)} aria-hidden="true">
      {initials(name)}
    </span>
  );
}

/** The person's avatar: account settings and sign out. */
export function UserMenu({ workspaceId }: { workspaceId: string }) {
  const state = useSession();
  const session = useSessionManager();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const close = useCallback(() => setOpen(false), []);
  useDismiss(open, ref, close);
  if (state.status !== 'signed-in') return null;
  const { user } = state.session;
  return (
    <div className="popover-anchor" ref={ref}>
      <button
        type="button"
        className="user-button"
        aria-label={`Account menu for ${user.name}, ${initials(user.name)}`}
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        <Avatar id={user.id} name={user.name} />
      </button>
      {open ? (
        <div
          className="menu"
          role="menu"
          aria-label="Account"
          style={{ right: 0, top: 'calc(100% + 8px)' }}
        >
          <div className="menu-header">
            <strong>{user.name}</strong>
            <span className="muted" style={{ fontSize: 13 }}>
              {user.email}
            </span>
          </div>
          <div className="menu-separator" />
          <button
            type="button"
            role="menuitem"
            className="menu-item"
            onClick={() => {
              setOpen(false);
              router.push(`/w/${workspaceId}/account`);
            }}
          >
            <Icon name="settings" /> Account & API keys
          </button>
          <button
            type="button"
            role="menuitem"
            className="menu-item"
            onClick={async () => {
              setOpen(false);
              await session.logOut();
              router.replace('/login');
            }}
          >
            <Icon name="logout" /> Sign out
          </button>
        </div>
      ) : null}
    </div>
  );
}
