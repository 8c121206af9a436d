'use client';
import { useApolloClient, useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { applyUpdate, chatState, mergeSent, withMessages, type ChatState } from './chat-state.ts';
import {
  CONVERSATION,
  CONVERSATION_UPDATED,
  CONVERSATIONS,
  SEND_MESSAGE,
  START_CONVERSATION,
  STOP_ANSWER,
} from './graphql/assistant.ts';
import { readPreference, writePreference } from './preferences.ts';

const STALL_MS = 3000;

/**
 * The assistant's open conversation in a workspace (remembered in this browser): its messages
 * as they stream in over conversationUpdated, and asking, stopping and switching.
 */
export function useConversation(workspaceId: string) {
  const client = useApolloClient();
  const key = `conversation:${workspaceId}`;
  const [conversationId, setConversationIdState] = useState<string | null>(() =>
    readPreference<string | null>(key, null),
  );
  const setConversationId = useCallback(
    (id: string | null) => {
      setConversationIdState(id);
      writePreference(key, id);
    },
    [key],
  );
  const [chat, setChat] = useState<ChatState>(chatState([]));
  const conversation = useQuery(CONVERSATION, {
    variables: { id: conversationId ?? '' },
    skip: !conversationId,
    fetchPolicy: 'network-only',
  });
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
  }, [conversation.data, conversationId, setConversationId]);

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
        setConversationId(id);
        return id;
      })
      .finally(() => {
        starting.current = null;
      });
    return starting.current;
  }, [conversationId, start, workspaceId, setConversationId]);

  /** Sends a question to a started conversation; throws when it could not be sent. */
  const sendTo = async (id: string, content: string) => {
    const { data } = await send({ variables: { conversationId: id, workspaceId, content } });
    const result = data?.sendMessage;
    if (result)
      setChat((current) => mergeSent(current, [result.userMessage, result.assistantMessage]));
    void client.refetchQueries({ include: [CONVERSATIONS] });
  };

  return {
    conversationId,
    conversation,
    loaded,
    chat,
    answering,
    sending: sending.loading,
    reload,
    ensureConversation,
    sendTo,
    stop: (messageId: string) => void stop({ variables: { messageId } }).catch(() => undefined),
    /** Opens a past conversation, or a new one (null). */
    open(id: string | null) {
      setChat(chatState([]));
      setConversationId(id);
    },
  };
}
