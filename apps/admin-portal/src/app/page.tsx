'use client';
import { useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { Shell } from '../components/shell.tsx';
import { ErrorState, Loading } from '../components/states.tsx';
import { OVERVIEW } from '../lib/operations.ts';

export default function OverviewPage() {
  return (
    <Shell title="Overview">
      <Overview />
    </Shell>
  );
}

function Overview() {
  const { data, loading, error, refetch } = useQuery(OVERVIEW);
  if (loading && !data) return <Loading label="Counting…" />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const o = data!.adminOverview;
  const ready = data!.adminSystemHealth.ready;
  const tiles = [
    {
      label: 'Tenants',
      value: o.tenants,
      note: `${o.suspendedTenants} suspended`,
      href: '/tenants',
    },
    { label: 'Users', value: o.users, note: `${o.disabledUsers} disabled`, href: '/users' },
    {
      label: 'Bases synced',
      value: o.basesSynced,
      note: `of ${o.bases} mirrored`,
      href: '/tenants',
    },
    {
      label: 'System',
      value: ready ? 'Ready' : 'Degraded',
      note: 'every service',
      href: '/health',
    },
  ];
  return (
    <ul className="tiles" aria-label="Platform counts">
      {tiles.map((tile) => (
        <li key={tile.label} className={tile.value === 'Degraded' ? 'tile bad' : 'tile'}>
          <Link href={tile.href}>
            <span className="tile-label">{tile.label}</span>
            <span className="tile-value">{tile.value}</span>
            <span className="tile-note">{tile.note}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
