import { runGraphTool, type ExecuteOperation, type GraphTool } from '@pyairtable/graph-tools';
import type { ChatCompletionFunctionTool } from 'openai/resources/chat/completions';
import { truncateToTokens } from './count-tokens.ts';

/** The graph tools as Chat Completions function tools (one definition, shared with MCP). */
export function toFunctionTools(tools: readonly GraphTool[]): ChatCompletionFunctionTool[] {
  return tools.map((tool) => ({
    type: 'function',
    function: {
      name: tool.name,
      description: tool.description,
      parameters: tool.inputSchema as unknown as Record<string, unknown>,
    },
  }));
}

/** What came of a tool call: stored, streamed, and (as `output`) shown to the model. */
export interface ToolCallOutcome {
  ok: boolean;
  data?: Record<string, unknown>;
  error?: string;
  errorCode?: string;
  summary: string;
  recordCount: number | null;
  /** The tool message's content for the model. */
  output: string;
}

/** The records a result lists: a connection's edges, or the first list in the data. */
function countRecords(data: Record<string, unknown>): { count: number; total?: number } | null {
  for (const value of Object.values(data)) {
    if (Array.isArray(value)) return { count: value.length };
    if (value && typeof value === 'object') {
      const object = value as { edges?: unknown; totalCount?: unknown; records?: unknown };
      if (Array.isArray(object.edges)) {
        return {
          count: object.edges.length,
          ...(typeof object.totalCount === 'number' ? { total: object.totalCount } : {}),
        };
      }
      if (Array.isArray(object.records)) return { count: object.records.length };
    }
  }
  return null;
}

/** One line about a successful result, e.g. "12 of 40 records". */
export function summarizeResult(data: Record<string, unknown>): {
  summary: string;
  recordCount: number | null;
} {
  const records = countRecords(data);
  if (!records) return { summary: 'done', recordCount: null };
  const of =
    records.total !== undefined && records.total > records.count ? ` of ${records.total}` : '';
  const noun = records.count === 1 && !of ? 'record' : 'records';
  return { summary: `${records.count}${of} ${noun}`, recordCount: records.count };
}

/** Runs a tool the model asked for through the gateway; failures become results the model reads. */
export async function runToolCall(
  tools: readonly GraphTool[],
  call: { name: string; arguments: string },
  execute: ExecuteOperation,
  maxOutputTokens: number,
): Promise<ToolCallOutcome> {
  const failed = (error: string, errorCode: string): ToolCallOutcome => ({
    ok: false,
    error,
    errorCode,
    summary: `failed: ${errorCode}`,
    recordCount: null,
    output: JSON.stringify({ error, code: errorCode }),
  });
  const tool = tools.find((t) => t.name === call.name);
  if (!tool) {
    return failed(
      `There is no tool named "${call.name}". Tools: ${tools.map((t) => t.name).join(', ')}.`,
      'BAD_USER_INPUT',
    );
  }
  let args: unknown;
  try {
    args = call.arguments.trim() === '' ? {} : JSON.parse(call.arguments);
  } catch {
    return failed(`The arguments of ${call.name} are not valid JSON.`, 'BAD_USER_INPUT');
  }
  const result = await runGraphTool(tool, args, execute);
  if (!result.ok) return failed(result.error, result.code);
  const { text, cut } = truncateToTokens(JSON.stringify(result.data), maxOutputTokens);
  return {
    ok: true,
    data: result.data,
    ...summarizeResult(result.data),
    output: cut
      ? `${text}\n[The result was cut at ${maxOutputTokens} tokens: ask for fewer records or fields, or page with "after".]`
      : text,
  };
}
