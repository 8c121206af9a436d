'use client';
// The assistant: answers stream in as they are written, tool calls show while they run (what
// was queried, how many records), the conversation's cost is always in view, past
// conversations are one click away.
import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ASSISTANT_STATUS } from '../../lib/graphql/assistant.ts';
import { roleAtLeast, WORKSPACE_BASES } from '../../lib/graphql/workspaces.ts';
import { useConversation } from '../../lib/use-conversation.ts';
import { Icon } from '../icons.tsx';
import { ErrorMessage, IconButton, Loading } from '../ui.tsx';
import { ChatComposer } from './chat-composer.tsx';
import { ChatIntro } from './chat-intro.tsx';
import { ConversationHistory } from './conversation-history.tsx';
import { MessageView } from './message-view.tsx';

export function ChatPanel({ workspaceId, onClose }: { workspaceId: string; onClose: () => void }) {
  const status = useQuery(ASSISTANT_STATUS);
  const workspace = useQuery(WORKSPACE_BASES, { variables: { id: workspaceId } });
  const canConfigure = roleAtLeast(workspace.data?.workspace?.role, 'ADMIN');
  const assistant = useConversation(workspaceId);
  const { chat, conversation, conversationId, loaded, answering } = assistant;
  const [showHistory, setShowHistory] = useState(false);
  const [text, setText] = useState('');
  const [sendError, setSendError] = useState<unknown>(null);
  const body = useRef<HTMLDivElement>(null);

  // Follow the answer as it grows, unless the person scrolled up to read.
  const lastLength = chat.messages.reduce((n, m) => n + m.content.length + m.toolCalls.length, 0);
  useEffect(() => {
    const element = body.current;
    if (!element) return;
    if (element.scrollHeight - element.scrollTop - element.clientHeight < 120)
      element.scrollTop = element.scrollHeight;
  }, [lastLength, chat.messages.length]);

  const submit = async (event?: FormEvent, preset?: string) => {
    event?.preventDefault();
    const content = (preset ?? text).trim();
    if (!content || assistant.sending || answering) return;
    setSendError(null);
    try {
      const id = await assistant.ensureConversation();
      setText('');
      await assistant.sendTo(id, content);
    } catch (failure) {
      setText(content);
      setSendError(failure);
    }
  };

  const configured = status.data?.assistantStatus.configured;

  return (
    <aside className="chat" aria-label="Assistant">
      <header className="chat-header">
        <h2>
          <Icon name="sparkle" />
          <span>{showHistory ? 'Conversations' : (loaded?.title ?? 'Assistant')}</span>
        </h2>
        <IconButton
          icon="history"
          label={showHistory ? 'Back to the conversation' : 'Conversation history'}
          aria-pressed={showHistory}
          onClick={() => setShowHistory(!showHistory)}
        />
        <IconButton
          icon="plus"
          label="New conversation"
          onClick={() => {
            setShowHistory(false);
            assistant.open(null);
            setSendError(null);
          }}
        />
        <IconButton icon="close" label="Close the assistant" onClick={onClose} />
      </header>
      <div className="chat-body" ref={body} aria-live="polite" aria-busy={Boolean(answering)}>
        {showHistory ? (
          <ConversationHistory
            workspaceId={workspaceId}
            currentId={conversationId}
            onOpen={(id) => {
              assistant.open(id);
              setShowHistory(false);
            }}
          />
        ) : conversationId && conversation.loading && chat.messages.length === 0 ? (
          <Loading label="Loading the conversation…" />
        ) : conversation.error && chat.messages.length === 0 ? (
          <ErrorMessage error={conversation.error} onRetry={assistant.reload} />
        ) : chat.messages.length === 0 ? (
          <ChatIntro
            configured={configured}
            canConfigure={canConfigure}
            message={status.data?.assistantStatus.message}
            onAsk={(question) => void submit(undefined, question)}
          />
        ) : (
          chat.messages.map((message) => <MessageView key={message.id} message={message} />)
        )}
        {chat.warnings.map((w) => (
          <p key={w} className="field-hint" role="status">
            {w}
          </p>
        ))}
      </div>
      {showHistory ? null : (
        <ChatComposer
          text={text}
          error={sendError}
          configured={configured}
          answering={Boolean(answering)}
          sending={assistant.sending}
          usage={loaded?.usage}
          model={status.data?.assistantStatus.model}
          onText={(value) => {
            setText(value);
            if (value.trim()) void assistant.ensureConversation().catch(() => undefined);
          }}
          onSubmit={(event) => void submit(event)}
          onStop={() => answering && assistant.stop(answering.id)}
        />
      )}
    </aside>
  );
}
