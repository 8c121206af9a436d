'use client';
import { useQuery } from '@apollo/client/react';
import { useParams, usePathname, useSearchParams } from 'next/navigation';
import { Suspense, useEffect, useRef, useState } from 'react';
import { WORKSPACE_BASES } from '../../lib/graphql/workspaces.ts';
import { Icon } from '../icons.tsx';
import { Button, IconButton } from '../ui.tsx';
import { useShell } from './shell-context.tsx';
import { ConnectionIndicator } from './connection-indicator.tsx';
import { NotificationBell } from './notification-bell.tsx';
import { UserMenu } from './user-menu.tsx';

const PAGE_TITLES: Record<string, string> = {
  members: 'Members',
  airtable: 'Airtable',
  account: 'Account & API keys',
  webhooks: 'Webhooks',
  files: 'Files',
};

/** Search for the open table; it lives in the URL (?q=) so a search can be shared. */
function TableSearch() {
  const pathname = usePathname();
  const params = useSearchParams();
  const [value, setValue] = useState(params.get('q') ?? '');
  const input = useRef<HTMLInputElement>(null);
  const urlValue = params.get('q') ?? '';

  useEffect(() => setValue(urlValue), [urlValue, pathname]);
  useEffect(() => {
    if (value === urlValue) return;
    const timer = setTimeout(() => {
      const next = new URLSearchParams(window.location.search);
      if (value.trim()) next.set('q', value);
      else next.delete('q');
      next.delete('record');
      window.history.replaceState(null, '', `${pathname}${next.size ? `?${next}` : ''}`);
    }, 250);
    return () => clearTimeout(timer);
  }, [value, urlValue, pathname]);
  // "/" jumps to the search box, as in most tools.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (event.key !== '/' || target.closest('input, textarea, select, [contenteditable]')) return;
      event.preventDefault();
      input.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div className="topbar-search" role="search">
      <Icon name="search" />
      <label className="visually-hidden" htmlFor="table-search">
        Search this table
      </label>
      <input
        id="table-search"
        ref={input}
        type="search"
        placeholder="Search this table…  /"
        value={value}
        onChange={(e) => setValue(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setValue('');
        }}
      />
    </div>
  );
}

export function TopBar({ workspaceId, assistant }: { workspaceId: string; assistant: boolean }) {
  const params = useParams<{ baseId?: string; tableId?: string }>();
  const pathname = usePathname();
  const { chatOpen, setChatOpen, navOpen, setNavOpen } = useShell();
  const { data } = useQuery(WORKSPACE_BASES, { variables: { id: workspaceId } });
  const base = data?.workspace?.bases.find((b) => b.id === params.baseId);
  const table = base?.tables.find((t) => t.id === params.tableId);
  const section = pathname.split('/')[3];
  const crumbs = table
    ? [base!.name, table.name]
    : section && PAGE_TITLES[section]
      ? [data?.workspace?.name ?? '', PAGE_TITLES[section]!]
      : [data?.workspace?.name ?? ''];

  return (
    <header className="topbar">
      <IconButton
        icon="menu"
        label="Show navigation"
        className="nav-toggle"
        aria-expanded={navOpen}
        onClick={() => setNavOpen(!navOpen)}
      />
      <div className="breadcrumbs" aria-label="You are here">
        {crumbs.map((crumb, i) => (
          <span key={i} style={{ display: 'contents' }}>
            {i > 0 ? <Icon name="chevronRight" size={14} /> : null}
            <span className={i === crumbs.length - 1 ? 'current' : 'crumb-parent'}>{crumb}</span>
          </span>
        ))}
      </div>
      {params.tableId ? (
        <Suspense fallback={null}>
          <TableSearch key={params.tableId} />
        </Suspense>
      ) : null}
      <div className="topbar-actions">
        <ConnectionIndicator />
        {/* The assistant feature flag (admin portal) can switch it off for a workspace. */}
        {assistant ? (
          <Button
            variant="ghost"
            icon="sparkle"
            className={chatOpen ? 'active' : undefined}
            aria-pressed={chatOpen}
            onClick={() => setChatOpen(!chatOpen)}
          >
            <span className="wide-only">Assistant</span>
          </Button>
        ) : null}
        <NotificationBell />
        <UserMenu workspaceId={workspaceId} />
      </div>
    </header>
  );
}
