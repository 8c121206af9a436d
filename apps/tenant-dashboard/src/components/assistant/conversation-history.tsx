'use client';
import { useQuery } from '@apollo/client/react';
import { formatCost } from '../../lib/chat-state.ts';
import { timeAgo } from '../../lib/format.ts';
import { CONVERSATIONS } from '../../lib/graphql/assistant.ts';
import { ErrorMessage, Loading } from '../ui.tsx';

/** The workspace's past conversations, newest first; one click opens one. */
export function ConversationHistory({
  workspaceId,
  currentId,
  onOpen,
}: {
  workspaceId: string;
  currentId: string | null;
  onOpen(id: string): void;
}) {
  const history = useQuery(CONVERSATIONS, {
    variables: { workspaceId },
    fetchPolicy: 'network-only',
  });
  // Conversations started but never sent to are not history.
  const past = history.data?.conversations.filter((c) => c.messages.length > 0);
  if (history.loading && !history.data) return <Loading />;
  if (history.error)
    return <ErrorMessage error={history.error} onRetry={() => void history.refetch()} />;
  if (!past?.length) return <p className="muted">No conversations yet in this workspace.</p>;
  return (
    <nav className="history-list" aria-label="Past conversations">
      {past.map((c) => (
        <button
          key={c.id}
          type="button"
          aria-current={c.id === currentId}
          onClick={() => onOpen(c.id)}
        >
          <strong>{c.title || 'Untitled conversation'}</strong>
          <span className="when">
            {timeAgo(c.updatedAt)} · {formatCost(c.usage.costUsd)}
          </span>
        </button>
      ))}
    </nav>
  );
}
