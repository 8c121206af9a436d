'use client';
import { useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useState } from 'react';
import type { SyncState } from '../../lib/graphql/airtable.ts';
import { roleAtLeast, WORKSPACE_BASES } from '../../lib/graphql/workspaces.ts';
import { useSyncStatus } from '../../lib/use-sync-status.ts';
import { Brand } from '../auth/auth-layout.tsx';
import { Icon, type IconName } from '../icons.tsx';
import { Spinner } from '../ui.tsx';
import { WorkspaceSwitcher } from './workspace-switcher.tsx';

function NavLink({
  href,
  icon,
  children,
  count,
  exact,
}: {
  href: string;
  icon: IconName;
  children: React.ReactNode;
  count?: number;
  exact?: boolean;
}) {
  const pathname = usePathname();
  const current = exact ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link href={href} className="nav-link" aria-current={current ? 'page' : undefined}>
      <Icon name={icon} />
      <span className="nav-base-name">{children}</span>
      {count !== undefined ? <span className="count">{count.toLocaleString()}</span> : null}
    </Link>
  );
}

/** A spinner while a base syncs; when it is done, the sidebar reloads its tables. */
function SyncingBadge({ baseId, state }: { baseId: string; state: SyncState }) {
  const status = useSyncStatus(baseId, { state });
  if (status.state === 'READY') return null;
  return (
    <span className="count" title="Syncing">
      <Spinner size={11} />
    </span>
  );
}

/** Workspace switcher, bases and their tables, and the workspace's settings. */
export function Sidebar({ workspaceId }: { workspaceId: string }) {
  const { data, loading } = useQuery(WORKSPACE_BASES, { variables: { id: workspaceId } });
  const workspace = data?.workspace;
  const [collapsed, setCollapsed] = useState<Set<string>>(new Set());
  const root = `/w/${workspaceId}`;
  const admin = roleAtLeast(workspace?.role, 'ADMIN');

  return (
    <nav className="sidebar" aria-label="Workspace">
      <div className="sidebar-top">
        <Link
          href={root}
          aria-label="PyAirtable home"
          style={{ textDecoration: 'none', padding: '2px 4px' }}
        >
          <Brand />
        </Link>
        <WorkspaceSwitcher workspaceId={workspaceId} />
      </div>
      <div className="sidebar-nav">
        <NavLink href={root} icon="base" exact>
          Overview
        </NavLink>
        <div className="nav-section">
          <div className="nav-heading">
            <span>Bases</span>
            {loading ? <Spinner size={12} /> : null}
          </div>
          {workspace && workspace.bases.length === 0 ? (
            <p className="muted" style={{ padding: '4px 8px', fontSize: 13 }}>
              No bases yet.{' '}
              {admin ? (
                <Link href={`${root}/airtable`}>Connect Airtable</Link>
              ) : (
                'Ask an admin to connect Airtable.'
              )}
            </p>
          ) : null}
          {workspace?.bases.map((base) => {
            const open = !collapsed.has(base.id);
            return (
              <div key={base.id}>
                <button
                  type="button"
                  className="nav-link"
                  aria-expanded={open}
                  onClick={() =>
                    setCollapsed((current) => {
                      const next = new Set(current);
                      if (open) next.add(base.id);
                      else next.delete(base.id);
                      return next;
                    })
                  }
                >
                  <Icon name={open ? 'chevronDown' : 'chevronRight'} size={14} />
                  <span className="nav-base-name">{base.name}</span>
                  {base.sync.state === 'SYNCING' || base.sync.state === 'PENDING' ? (
                    <SyncingBadge baseId={base.id} state={base.sync.state} />
                  ) : null}
                </button>
                {open ? (
                  <div className="nav-tables">
                    {base.tables.map((table) => (
                      <NavLink
                        key={table.id}
                        href={`${root}/b/${base.id}/t/${table.id}`}
                        icon="table"
                        count={table.recordCount}
                      >
                        {table.name}
                      </NavLink>
                    ))}
                  </div>
                ) : null}
              </div>
            );
          })}
        </div>
        <div className="nav-section">
          <div className="nav-heading">Workspace</div>
          <NavLink href={`${root}/members`} icon="users">
            Members
          </NavLink>
          <NavLink href={`${root}/airtable`} icon="plug">
            Airtable
          </NavLink>
          <NavLink href={`${root}/files`} icon="file">
            Files
          </NavLink>
          <NavLink href={`${root}/automations`} icon="bolt">
            Automations
          </NavLink>
          {admin ? (
            <NavLink href={`${root}/webhooks`} icon="webhook">
              Webhooks
            </NavLink>
          ) : null}
          {admin ? (
            <NavLink href={`${root}/activity`} icon="history">
              Activity
            </NavLink>
          ) : null}
        </div>
      </div>
      <div className="sidebar-bottom">
        <NavLink href={`${root}/account`} icon="settings">
          Account & API keys
        </NavLink>
      </div>
    </nav>
  );
}
