'use client';
// The assistant: answers stream in as they are written, tool calls show while they run (what
// was queried, how many records), the conversation's cost is always in view, past
// conversations are one click away.
import { useApolloClient, useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import {
  applyUpdate,
  chatState,
  describeToolCall,
  formatCost,
  mergeSent,
  withMessages,
  type ChatState,
} from '../../lib/chat-state.ts';
import { timeAgo } from '../../lib/format.ts';
import {
  ASSISTANT_STATUS,
  CONVERSATION,
  CONVERSATION_UPDATED,
  CONVERSATIONS,
  SEND_MESSAGE,
  START_CONVERSATION,
  STOP_ANSWER,
  type Message,
  type ToolCall,
} from '../../lib/graphql/assistant.ts';
import { readPreference, writePreference } from '../../lib/preferences.ts';
import { Icon } from '../icons.tsx';
import { Button, ErrorMessage, IconButton, Loading, Spinner } from '../ui.tsx';

const STALL_MS = 3000;

const SUGGESTIONS = [
  'How many deals are in the Won stage, and what are they worth?',
  'Which five companies have the highest annual revenue?',
  'Summarise the open pipeline by stage.',
];

function ToolCallView({ call }: { call: ToolCall }) {
  const { title, detail } = describeToolCall(call);
  // The summary says how many records, and of how many ("5 of 74 records").
  const result =
    call.status === 'RUNNING'
      ? 'running…'
      : call.status === 'FAILED'
        ? (call.error ?? 'failed')
        : (call.summary ??
          (call.recordCount !== null
            ? `${call.recordCount.toLocaleString()} ${call.recordCount === 1 ? 'record' : 'records'}`
            : 'done'));
  const args =
    typeof call.arguments === 'string' ? call.arguments : JSON.stringify(call.arguments, null, 2);
  return (
    <details className="tool-call" data-status={call.status}>
      <summary>
        {call.status === 'RUNNING' ? (
          <Spinner size={12} />
        ) : call.status === 'FAILED' ? (
          <Icon name="alert" size={14} color="var(--danger)" />
        ) : (
          <Icon name="tool" size={14} />
        )}
        <span style={{ minWidth: 0 }}>
          <strong>{title}</strong> {detail ? <span>{detail}</span> : null}
        </span>
        <span className="tool-result">{result}</span>
      </summary>
      {args && args !== 'null' ? <pre>{args}</pre> : null}
    </details>
  );
}

function MessageView({ message }: { message: Message }) {
  if (message.role === 'USER')
    return (
      <div className="message user" data-role="user">
        {message.content}
      </div>
    );
  return (
    <div
      className="message assistant"
      data-role="assistant"
      aria-busy={message.status === 'STREAMING'}
    >
      {message.toolCalls.map((call) => (
        <ToolCallView key={call.id} call={call} />
      ))}
      <div className="content">{message.content}</div>
      {message.status === 'FAILED' ? (
        <p className="failed" role="alert">
          {message.error ?? 'The answer could not be completed.'}
        </p>
      ) : null}
      {message.warnings.map((w) => (
        <p key={w} className="field-hint">
          {w}
        </p>
      ))}
    </div>
  );
}

export function ChatPanel({ workspaceId, onClose }: { workspaceId: string; onClose: () => void }) {
  const client = useApolloClient();
  const status = useQuery(ASSISTANT_STATUS);
  const [conversationId, setConversationIdState] = useState<string | null>(() =>
    readPreference<string | null>(`conversation:${workspaceId}`, null),
  );
  const setConversationId = (id: string | null) => {
    setConversationIdState(id);
    writePreference(`conversation:${workspaceId}`, id);
  };
  const [showHistory, setShowHistory] = useState(false);
  const [chat, setChat] = useState<ChatState>(chatState([]));
  const [text, setText] = useState('');
  const [sendError, setSendError] = useState<unknown>(null);
  const body = useRef<HTMLDivElement>(null);
  const conversation = useQuery(CONVERSATION, {
    variables: { id: conversationId ?? '' },
    skip: !conversationId,
    fetchPolicy: 'network-only',
  });
  const history = useQuery(CONVERSATIONS, {
    variables: { workspaceId },
    skip: !showHistory,
    fetchPolicy: 'network-only',
  });
  // Conversations started but never sent to are not history.
  const past = history.data?.conversations.filter((c) => c.messages.length > 0);
  const [start] = useMutation(START_CONVERSATION);
  const [send, sending] = useMutation(SEND_MESSAGE);
  const [stop] = useMutation(STOP_ANSWER);

  const loaded = conversation.data?.conversation;
  useEffect(() => {
    if (loaded) setChat((current) => withMessages(current, loaded.messages));
  }, [loaded]);
  // A conversation that no longer exists (deleted elsewhere) is forgotten.
  useEffect(() => {
    if (conversationId && conversation.data && conversation.data.conversation === null)
      setConversationId(null);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [conversation.data, conversationId]);

  const lastUpdate = useRef(0);
  const reload = useCallback(() => {
    if (conversationId) void conversation.refetch();
  }, [conversation, conversationId]);

  useSubscription(CONVERSATION_UPDATED, {
    variables: { conversationId: conversationId ?? '' },
    skip: !conversationId,
    onData: ({ data }) => {
      const update = data.data?.conversationUpdated;
      if (!update) return;
      let missed = false;
      setChat((current) => {
        const { state, gap } = applyUpdate(current, update);
        missed = gap;
        return state;
      });
      lastUpdate.current = Date.now();
      if (missed || update.kind === 'MESSAGE_COMPLETED' || update.kind === 'FAILED') reload();
    },
  });

  // Follow the answer as it grows, unless the person scrolled up to read.
  const lastLength = chat.messages.reduce((n, m) => n + m.content.length + m.toolCalls.length, 0);
  useEffect(() => {
    const element = body.current;
    if (!element) return;
    if (element.scrollHeight - element.scrollTop - element.clientHeight < 120)
      element.scrollTop = element.scrollHeight;
  }, [lastLength, chat.messages.length]);

  const answering = chat.messages.find((m) => m.role === 'ASSISTANT' && m.status === 'STREAMING');

  // An answer can finish before the subscription is heard (or a connection drops): while one
  // is being written and nothing arrives for a few seconds, read it from the server instead.
  useEffect(() => {
    if (!answering) return;
    lastUpdate.current = Date.now();
    const timer = setInterval(() => {
      if (Date.now() - lastUpdate.current > STALL_MS) {
        lastUpdate.current = Date.now();
        reload();
      }
    }, STALL_MS / 2);
    return () => clearInterval(timer);
  }, [answering, reload]);

  // The conversation starts as soon as the person starts typing, so its live updates are
  // already flowing when the question is sent. An unsent one is reused next time.
  const starting = useRef<Promise<string> | null>(null);
  const ensureConversation = useCallback(async (): Promise<string> => {
    if (conversationId) return conversationId;
    starting.current ??= start({ variables: { workspaceId } })
      .then(({ data }) => {
        const id = data!.startConversation.id;
        setChat(chatState([]));
        setConversationIdState(id);
        writePreference(`conversation:${workspaceId}`, id);
        return id;
      })
      .finally(() => {
        starting.current = null;
      });
    return starting.current;
  }, [conversationId, start, workspaceId]);

  const submit = async (event?: FormEvent, preset?: string) => {
    event?.preventDefault();
    const content = (preset ?? text).trim();
    if (!content || sending.loading || answering) return;
    setSendError(null);
    try {
      const id = await ensureConversation();
      setText('');
      const { data } = await send({ variables: { conversationId: id, workspaceId, content } });
      const result = data?.sendMessage;
      if (result)
        setChat((current) => mergeSent(current, [result.userMessage, result.assistantMessage]));
      void client.refetchQueries({ include: [CONVERSATIONS] });
    } catch (failure) {
      setText(content);
      setSendError(failure);
    }
  };

  const usage = loaded?.usage;
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
            setConversationId(null);
            setChat(chatState([]));
            setSendError(null);
          }}
        />
        <IconButton icon="close" label="Close the assistant" onClick={onClose} />
      </header>
      <div className="chat-body" ref={body} aria-live="polite" aria-busy={Boolean(answering)}>
        {showHistory ? (
          history.loading && !history.data ? (
            <Loading />
          ) : history.error ? (
            <ErrorMessage error={history.error} onRetry={() => void history.refetch()} />
          ) : past?.length ? (
            <nav className="history-list" aria-label="Past conversations">
              {past.map((c) => (
                <button
                  key={c.id}
                  type="button"
                  aria-current={c.id === conversationId}
                  onClick={() => {
                    setChat(chatState([]));
                    setConversationId(c.id);
                    setShowHistory(false);
                  }}
                >
                  <strong>{c.title || 'Untitled conversation'}</strong>
                  <span className="when">
                    {timeAgo(c.updatedAt)} · {formatCost(c.usage.costUsd)}
                  </span>
                </button>
              ))}
            </nav>
          ) : (
            <p className="muted">No conversations yet in this workspace.</p>
          )
        ) : conversationId && conversation.loading && chat.messages.length === 0 ? (
          <Loading label="Loading the conversation…" />
        ) : conversation.error && chat.messages.length === 0 ? (
          <ErrorMessage error={conversation.error} onRetry={reload} />
        ) : chat.messages.length === 0 ? (
          <div className="chat-intro">
            <h3>Ask about your data</h3>
            <p>
              The assistant reads your bases through the same graph you use, with your permissions.
            </p>
            {configured === false ? (
              <div className="error-box compact" role="status">
                {status.data?.assistantStatus.message ??
                  'The assistant is not configured on this platform.'}
              </div>
            ) : (
              <div className="chat-suggestions">
                {SUGGESTIONS.map((s) => (
                  <button key={s} type="button" onClick={() => void submit(undefined, s)}>
                    {s}
                  </button>
                ))}
              </div>
            )}
          </div>
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
        <form className="chat-footer" onSubmit={(e) => void submit(e)}>
          {sendError ? <ErrorMessage error={sendError} compact /> : null}
          <div className="chat-input">
            <label className="visually-hidden" htmlFor="chat-input">
              Message the assistant
            </label>
            <textarea
              id="chat-input"
              rows={1}
              placeholder={
                configured === false
                  ? 'The assistant is not configured'
                  : 'Ask a question… (Enter sends)'
              }
              value={text}
              disabled={configured === false}
              onChange={(e) => {
                setText(e.target.value);
                if (e.target.value.trim()) void ensureConversation().catch(() => undefined);
              }}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && !e.shiftKey) {
                  e.preventDefault();
                  void submit();
                }
              }}
            />
            {answering ? (
              <Button
                icon="stop"
                onClick={() =>
                  void stop({ variables: { messageId: answering.id } }).catch(() => undefined)
                }
              >
                Stop
              </Button>
            ) : (
              <Button
                type="submit"
                variant="primary"
                icon="send"
                busy={sending.loading}
                disabled={!text.trim() || configured === false}
                aria-label="Send"
              />
            )}
          </div>
          <div className="chat-cost" data-testid="conversation-cost">
            <span>
              {usage
                ? `This conversation: ${formatCost(usage.costUsd)} · ${usage.totalTokens.toLocaleString()} tokens`
                : 'No cost yet'}
            </span>
            <span>{status.data?.assistantStatus.model ?? ''}</span>
          </div>
        </form>
      )}
    </aside>
  );
}
