'use client';
import { describeToolCall } from '../../lib/chat-state.ts';
import type { Message, ToolCall } from '../../lib/graphql/assistant.ts';
import { Icon } from '../icons.tsx';
import { Spinner } from '../ui.tsx';

/** What the summary says a tool call found: "running…", its error, or "5 of 74 records". */
function toolCallResult(call: ToolCall): string {
  if (call.status === 'RUNNING') return 'running…';
  if (call.status === 'FAILED') return call.error ?? 'failed';
  if (call.summary !== null) return call.summary;
  return call.recordCount !== null
    ? `${call.recordCount.toLocaleString()} ${call.recordCount === 1 ? 'record' : 'records'}`
    : 'done';
}

function ToolCallView({ call }: { call: ToolCall }) {
  const { title, detail } = describeToolCall(call);
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
        <span className="tool-result">{toolCallResult(call)}</span>
      </summary>
      {args && args !== 'null' ? <pre>{args}</pre> : null}
    </details>
  );
}

/** A question, or an answer with the tool calls it made, its failure and its warnings. */
export function MessageView({ message }: { message: Message }) {
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
