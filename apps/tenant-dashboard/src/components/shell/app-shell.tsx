'use client';
import { useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { usePathname, useRouter } from 'next/navigation';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { errorCode } from '../../lib/errors.ts';
import { WORKSPACE_BASES } from '../../lib/graphql/workspaces.ts';
import { readPreference, writePreference } from '../../lib/preferences.ts';
import { useFeatureFlag } from '../../lib/use-feature-flag.ts';
import { ChatPanel } from '../assistant/chat-panel.tsx';
import { useSession } from '../providers.tsx';
import { EmptyState, ErrorMessage, Loading } from '../ui.tsx';
import { ShellContext } from './shell-context.tsx';
import { Sidebar } from './sidebar.tsx';
import { TopBar } from './top-bar.tsx';

/** Signed-in pages of a workspace: sidebar, top bar, the page, and the assistant on demand. */
export function AppShell({ workspaceId, children }: { workspaceId: string; children: ReactNode }) {
  const state = useSession();
  const router = useRouter();
  const pathname = usePathname();
  useEffect(() => {
    if (state.status === 'signed-out')
      router.replace(
        `/login?next=${encodeURIComponent(window.location.pathname + window.location.search)}`,
      );
  }, [state.status, router]);
  if (state.status !== 'signed-in') return <Loading label="Opening your workspace…" />;
  return (
    <SignedInShell workspaceId={workspaceId} key={workspaceId} pathname={pathname}>
      {children}
    </SignedInShell>
  );
}

function SignedInShell({
  workspaceId,
  pathname,
  children,
}: {
  workspaceId: string;
  pathname: string;
  children: ReactNode;
}) {
  const { data, error, loading, refetch } = useQuery(WORKSPACE_BASES, {
    variables: { id: workspaceId },
  });
  const [chatOpen, setChatOpenState] = useState(() => readPreference('chatOpen', false));
  const [navOpen, setNavOpen] = useState(false);
  const assistant = useFeatureFlag(workspaceId, 'assistant');
  const shell = useMemo(
    () => ({
      chatOpen,
      setChatOpen: (open: boolean) => {
        setChatOpenState(open);
        writePreference('chatOpen', open);
      },
      navOpen,
      setNavOpen,
    }),
    [chatOpen, navOpen],
  );
  useEffect(() => {
    if (data?.workspace) writePreference('workspace', workspaceId);
  }, [data?.workspace, workspaceId]);
  // Following a link closes the navigation drawer on small screens, and so does Escape.
  useEffect(() => setNavOpen(false), [pathname]);
  useEffect(() => {
    if (!navOpen) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setNavOpen(false);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [navOpen]);

  let content = children;
  if (loading && !data) content = <Loading label="Loading the workspace…" />;
  else if (
    (!data?.workspace && !error) ||
    ['FORBIDDEN', 'NOT_FOUND'].includes(errorCode(error) ?? '')
  ) {
    if (readPreference('workspace', null) === workspaceId) writePreference('workspace', null);
    content = (
      <EmptyState
        icon="users"
        title="This workspace is not available"
        action={<Link href="/">Go to your workspaces</Link>}
      >
        It may have been deleted, or you are not a member of it (any more).
      </EmptyState>
    );
  } else if (error)
    content = (
      <div className="page">
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      </div>
    );
  const flush = /\/t\/[^/]+$/.test(pathname);

  return (
    <ShellContext.Provider value={shell}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <div
        className={`shell${chatOpen && assistant ? ' with-chat' : ''}${navOpen ? ' nav-open' : ''}`}
      >
        <Sidebar workspaceId={workspaceId} />
        {navOpen ? <div className="nav-backdrop" onClick={() => setNavOpen(false)} /> : null}
        <TopBar workspaceId={workspaceId} assistant={assistant} />
        <main id="main" className={`main${flush ? ' flush' : ''}`}>
          {content}
        </main>
        {chatOpen && assistant ? (
          <ChatPanel workspaceId={workspaceId} onClose={() => shell.setChatOpen(false)} />
        ) : null}
      </div>
    </ShellContext.Provider>
  );
}
