'use client';
import type { FormEvent } from 'react';
import { formatCost } from '../../lib/chat-state.ts';
import type { Usage } from '../../lib/graphql/assistant.ts';
import { Button, ErrorMessage } from '../ui.tsx';

/** Where a question is written (Enter sends), Stop while an answer streams, and the cost. */
export function ChatComposer({
  text,
  error,
  configured,
  answering,
  sending,
  usage,
  model,
  onText,
  onSubmit,
  onStop,
}: {
  text: string;
  error: unknown;
  /** False when the platform has no model configured. */
  configured: boolean | undefined;
  answering: boolean;
  sending: boolean;
  usage: Usage | null | undefined;
  model: string | null | undefined;
  onText(text: string): void;
  onSubmit(event?: FormEvent): void;
  onStop(): void;
}) {
  return (
    <form className="chat-footer" onSubmit={onSubmit}>
      {error ? <ErrorMessage error={error} compact /> : null}
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
          onChange={(e) => onText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey) {
              e.preventDefault();
              onSubmit();
            }
          }}
        />
        {answering ? (
          <Button icon="stop" onClick={onStop}>
            Stop
          </Button>
        ) : (
          <Button
            type="submit"
            variant="primary"
            icon="send"
            busy={sending}
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
        <span>{model ?? ''}</span>
      </div>
    </form>
  );
}
