// The open conversation's messages, advanced by conversationUpdated events. A gap in an
// answer's sequence numbers means an update was missed: the caller then reloads the message.
import type { ConversationUpdate, Message, ToolCall } from './graphql/assistant.ts';

export interface ChatState {
  messages: Message[];
  /** The last sequence number applied, per answer. */
  sequences: Record<string, number>;
  /** Answers that missed updates: their text comes from reloading, not from deltas. */
  stale: string[];
  warnings: string[];
}

export function chatState(messages: Message[]): ChatState {
  return { messages, sequences: {}, stale: [], warnings: [] };
}

/**
 * Takes reloaded messages. The server saves an answer's text between steps, so an answer still
 * being written keeps the longer text streamed here.
 */
export function withMessages(state: ChatState, messages: Message[]): ChatState {
  const local = new Map(state.messages.map((m) => [m.id, m]));
  return {
    ...state,
    messages: messages.map((message) => {
      const seen = local.get(message.id);
      return seen && message.status === 'STREAMING' && seen.content.length > message.content.length
        ? { ...message, content: seen.content }
        : message;
    }),
  };
}

function placeholder(id: string): Message {
  return {
    id,
    role: 'ASSISTANT',
    content: '',
    status: 'STREAMING',
    error: null,
    model: null,
    toolCalls: [],
    usage: null,
    warnings: [],
    createdAt: new Date().toISOString(),
  };
}

function byTime(a: Message, b: Message): number {
  return Date.parse(a.createdAt) - Date.parse(b.createdAt) || (a.role === 'USER' ? -1 : 1);
}

/**
 * Adds the question and the answer sendMessage returned. Updates may have arrived first: an
 * answer already on screen keeps the text and tool calls streamed into it.
 */
export function mergeSent(state: ChatState, sent: Message[]): ChatState {
  const byId = new Map(state.messages.map((m) => [m.id, m]));
  for (const message of sent) {
    const seen = byId.get(message.id);
    byId.set(
      message.id,
      seen
        ? {
            ...message,
            content: seen.content.length >= message.content.length ? seen.content : message.content,
            toolCalls:
              seen.toolCalls.length >= message.toolCalls.length
                ? seen.toolCalls
                : message.toolCalls,
            status: seen.status === 'STREAMING' ? message.status : seen.status,
            usage: seen.usage ?? message.usage,
            error: seen.error ?? message.error,
          }
        : message,
    );
  }
  return { ...state, messages: [...byId.values()].sort(byTime) };
}

/** Applies one update; `gap` is true when updates before it were missed. */
export function applyUpdate(
  state: ChatState,
  update: ConversationUpdate,
): { state: ChatState; gap: boolean } {
  const id = update.messageId;
  if (update.kind === 'BUDGET_WARNING' && update.warning)
    return { state: { ...state, warnings: [...state.warnings, update.warning] }, gap: false };
  if (!id) return { state, gap: false };
  const last = state.sequences[id] ?? 0;
  if (update.sequence <= last) return { state, gap: false }; // already applied
  const gap = update.sequence !== last + 1;
  const stale = gap && !state.stale.includes(id) ? [...state.stale, id] : state.stale;
  const messages = state.messages.some((m) => m.id === id)
    ? [...state.messages]
    : [...state.messages, placeholder(id)];
  const index = messages.findIndex((m) => m.id === id);
  const message = { ...messages[index]! };
  switch (update.kind) {
    case 'TOKEN':
      if (!stale.includes(id)) message.content += update.delta ?? '';
      break;
    case 'TOOL_CALL_STARTED':
    case 'TOOL_CALL_FINISHED': {
      const call = update.toolCall;
      if (!call) break;
      const next: ToolCall = {
        id: call.id,
        name: call.name,
        arguments: call.arguments,
        status: call.status,
        summary: call.summary,
        recordCount: call.recordCount,
        error: call.error,
      };
      const existing = message.toolCalls.findIndex((c) => c.id === call.id);
      message.toolCalls =
        existing >= 0
          ? message.toolCalls.map((c, i) =>
              i === existing ? { ...c, ...next, arguments: next.arguments ?? c.arguments } : c,
            )
          : [...message.toolCalls, next];
      break;
    }
    case 'MESSAGE_COMPLETED':
      message.status = 'COMPLETED';
      message.usage = update.usage ?? message.usage;
      break;
    case 'FAILED':
      message.status = 'FAILED';
      message.error = update.error ?? 'The answer failed.';
      break;
  }
  messages[index] = message;
  return {
    state: { ...state, messages, stale, sequences: { ...state.sequences, [id]: update.sequence } },
    gap,
  };
}

/** A tool call in words: "List records" with its table and filter. */
export function describeToolCall(call: Pick<ToolCall, 'name' | 'arguments'>): {
  title: string;
  detail: string | null;
} {
  const title = call.name.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());
  let args: Record<string, unknown> | null = null;
  if (typeof call.arguments === 'string') {
    try {
      args = JSON.parse(call.arguments) as Record<string, unknown>;
    } catch {
      args = null;
    }
  } else if (call.arguments && typeof call.arguments === 'object')
    args = call.arguments as Record<string, unknown>;
  if (!args) return { title, detail: null };
  const parts: string[] = [];
  if (typeof args.tableId === 'string') parts.push(`in ${args.tableId}`);
  if (typeof args.filterByFormula === 'string' && args.filterByFormula)
    parts.push(`where ${args.filterByFormula}`);
  if (typeof args.query === 'string') parts.push(`for “${args.query}”`);
  return { title, detail: parts.length ? parts.join(' ') : null };
}

/** Dollars, with enough digits for small amounts. */
export function formatCost(usd: number): string {
  if (usd === 0) return '$0.00';
  if (usd < 0.01) return `$${usd.toFixed(4)}`;
  return `$${usd.toFixed(2)}`;
}
