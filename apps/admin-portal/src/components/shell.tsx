'use client';
import { useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { usePathname, useRouter } from 'next/navigation';
import { useEffect, type ReactNode } from 'react';
import { ME } from '../lib/operations.ts';
import { useSession, useSessionManager } from './providers.tsx';
import { ErrorState, Loading } from './states.tsx';

const NAV = [
  { href: '/', label: 'Overview' },
  { href: '/tenants', label: 'Tenants' },
  { href: '/users', label: 'Users' },
  { href: '/flags', label: 'Feature flags' },
  { href: '/health', label: 'System health' },
];

/** Every signed-in screen: the navigation, and the check that the caller administers the platform. */
export function Shell({ title, children }: { title: string; children: ReactNode }) {
  const state = useSession();
  const router = useRouter();
  useEffect(() => {
    if (state.status === 'signed-out') router.replace('/login');
  }, [state.status, router]);
  if (state.status !== 'signed-in') return <Loading label="Checking your session…" />;
  return <AdminOnly title={title}>{children}</AdminOnly>;
}

function AdminOnly({ title, children }: { title: string; children: ReactNode }) {
  const session = useSessionManager();
  const pathname = usePathname();
  const me = useQuery(ME);
  useEffect(() => {
    document.title = `${title} · PyAirtable admin`;
  }, [title]);
  if (me.loading && !me.data) return <Loading label="Checking your role…" />;
  if (me.error && !me.data)
    return <ErrorState error={me.error} onRetry={() => void me.refetch()} />;
  if (me.data?.me?.platformRole !== 'ADMIN')
    return (
      <main className="refused">
        <h1>Not a platform administrator</h1>
        <p>
          The admin portal is for the people who run the platform. Your account has no such role.
        </p>
        <button type="button" className="button" onClick={() => void session.logOut()}>
          Sign out
        </button>
      </main>
    );
  return (
    <div className="shell">
      <header className="top">
        <span className="brand">PyAirtable admin</span>
        <nav aria-label="Sections">
          {NAV.map((item) => {
            const active = item.href === '/' ? pathname === '/' : pathname.startsWith(item.href);
            return (
              <Link key={item.href} href={item.href} aria-current={active ? 'page' : undefined}>
                {item.label}
              </Link>
            );
          })}
        </nav>
        <span className="who">
          <span className="email">{me.data.me.email}</span>
          <button type="button" className="link" onClick={() => void session.logOut()}>
            Sign out
          </button>
        </span>
      </header>
      <main className="content">
        <h1>{title}</h1>
        {children}
      </main>
    </div>
  );
}
