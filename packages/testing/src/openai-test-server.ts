import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A tool call the scripted model makes; `arguments` objects are sent as JSON text. */
export interface ScriptedToolCall {
  id?: string;
  name: string;
  arguments: string | Record<string, unknown>;
}

/** A completion the scripted model returns (streamed when the request asks for a stream). */
export interface ScriptedCompletion {
  text?: string;
  toolCalls?: ScriptedToolCall[];
  /** Reported usage; by default about one token per four characters. */
  usage?: { prompt_tokens: number; completion_tokens: number; cached_tokens?: number };
  finishReason?: 'stop' | 'length' | 'tool_calls' | 'content_filter';
  /** Text is streamed in pieces of this many characters (default 4); tool arguments too. */
  chunkSize?: number;
  /** After the first piece of text (or tool call), the stream waits for this before the rest. */
  gate?: Promise<unknown>;
  /** Leave out the usage chunk even when the request asks for it (some servers do). */
  omitUsage?: boolean;
}

/** An HTTP error in OpenAI's error format (a 429 or 5xx makes the SDK retry). */
export interface ScriptedError {
  status: number;
  message?: string;
  headers?: Record<string, string>;
}

export interface RecordedRequest {
  path: string;
  headers: http.IncomingHttpHeaders;
  /** The Chat Completions request body as sent. */
  body: {
    model: string;
    messages: {
      role: string;
      content?: unknown;
      tool_calls?: { id: string; type: string; function: { name: string; arguments: string } }[];
      tool_call_id?: string;
    }[];
    tools?: {
      type: string;
      function: { name: string; description?: string; parameters?: unknown };
    }[];
    tool_choice?: unknown;
    stream?: boolean;
    stream_options?: { include_usage?: boolean };
    [key: string]: unknown;
  };
}

export type ScriptedReply =
  | ScriptedCompletion
  | ScriptedError
  | ((request: RecordedRequest) => ScriptedCompletion | ScriptedError);

export interface OpenAiTestServer {
  /** The base URL clients take (OPENAI_BASE_URL), ending in /v1. */
  url: string;
  /** Every chat completion request received, in order. */
  requests: RecordedRequest[];
  /** Queues replies, used one per request in order. */
  reply(...replies: ScriptedReply[]): void;
  /** Resolves once `count` requests have arrived. */
  waitForRequests(count: number): Promise<RecordedRequest[]>;
  close(): Promise<void>;
}

const isError = (reply: ScriptedCompletion | ScriptedError): reply is ScriptedError =>
  'status' in reply;

const approximateTokens = (text: string) => Math.max(1, Math.ceil(text.length / 4));

function pieces(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

function toolCallsOf(reply: ScriptedCompletion, requestNumber: number) {
  return (reply.toolCalls ?? []).map((call, index) => ({
    id: call.id ?? `call_${requestNumber}_${index}`,
    name: call.name,
    arguments: typeof call.arguments === 'string' ? call.arguments : JSON.stringify(call.arguments),
  }));
}

function usageOf(reply: ScriptedCompletion, request: RecordedRequest) {
  const calls = toolCallsOf(reply, 0);
  const usage = reply.usage ?? {
    prompt_tokens: approximateTokens(JSON.stringify(request.body.messages)),
    completion_tokens: approximateTokens(
      (reply.text ?? '') + calls.map((c) => c.name + c.arguments).join(''),
    ),
  };
  return {
    prompt_tokens: usage.prompt_tokens,
    completion_tokens: usage.completion_tokens,
    total_tokens: usage.prompt_tokens + usage.completion_tokens,
    prompt_tokens_details: { cached_tokens: usage.cached_tokens ?? 0 },
  };
}

/**
 * A real HTTP server speaking OpenAI's Chat Completions wire format (JSON, or text/event-stream
 * chunks ending in `data: [DONE]`), answering each request with the next scripted reply. With
 * `apiKey`, requests without `Authorization: Bearer <apiKey>` get a 401.
 */
export async function startOpenAiTestServer(
  options: { replies?: ScriptedReply[]; apiKey?: string; port?: number } = {},
): Promise<OpenAiTestServer> {
  const queue: ScriptedReply[] = [...(options.replies ?? [])];
  const requests: RecordedRequest[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];

  function sendError(res: http.ServerResponse, error: ScriptedError, retry?: boolean) {
    res.writeHead(error.status, {
      'content-type': 'application/json',
      ...(retry === false ? { 'x-should-retry': 'false' } : {}),
      ...error.headers,
    });
    res.end(
      JSON.stringify({
        error: {
          message: error.message ?? `Scripted error ${error.status}`,
          type: error.status === 429 ? 'requests' : 'server_error',
          code: error.status === 429 ? 'rate_limit_exceeded' : null,
          param: null,
        },
      }),
    );
  }

  async function sendCompletion(
    res: http.ServerResponse,
    request: RecordedRequest,
    reply: ScriptedCompletion,
    number: number,
  ) {
    const id = `chatcmpl-test-${number}`;
    const created = Math.floor(Date.now() / 1000);
    const model = request.body.model;
    const calls = toolCallsOf(reply, number);
    const finishReason = reply.finishReason ?? (calls.length > 0 ? 'tool_calls' : 'stop');
    const usage = usageOf(reply, request);
    if (!request.body.stream) {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          id,
          object: 'chat.completion',
          created,
          model,
          choices: [
            {
              index: 0,
              message: {
                role: 'assistant',
                content: reply.text ?? null,
                refusal: null,
                ...(calls.length > 0
                  ? {
                      tool_calls: calls.map((c) => ({
                        id: c.id,
                        type: 'function',
                        function: { name: c.name, arguments: c.arguments },
                      })),
                    }
                  : {}),
              },
              logprobs: null,
              finish_reason: finishReason,
            },
          ],
          usage,
        }),
      );
      return;
    }
    const includeUsage = request.body.stream_options?.include_usage === true && !reply.omitUsage;
    res.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
    });
    let sent = 0;
    const chunk = async (delta: Record<string, unknown>, finish: string | null = null) => {
      res.write(
        `data: ${JSON.stringify({
          id,
          object: 'chat.completion.chunk',
          created,
          model,
          choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
          ...(includeUsage ? { usage: null } : {}),
        })}\n\n`,
      );
      // The first chunk only names the role; hold after the first piece of the answer.
      if (++sent === 2 && reply.gate) await reply.gate;
    };
    const size = reply.chunkSize ?? 4;
    await chunk({ role: 'assistant', content: '' });
    for (const piece of pieces(reply.text ?? '', size)) await chunk({ content: piece });
    for (const [index, call] of calls.entries()) {
      await chunk({
        tool_calls: [
          { index, id: call.id, type: 'function', function: { name: call.name, arguments: '' } },
        ],
      });
      for (const piece of pieces(call.arguments, size * 4))
        await chunk({ tool_calls: [{ index, function: { arguments: piece } }] });
    }
    await chunk({}, finishReason);
    if (includeUsage) {
      res.write(
        `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model, choices: [], usage })}\n\n`,
      );
    }
    res.end('data: [DONE]\n\n');
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        const path = (req.url ?? '').split('?')[0] ?? '';
        if (options.apiKey && req.headers.authorization !== `Bearer ${options.apiKey}`) {
          return sendError(res, { status: 401, message: 'Incorrect API key provided.' }, false);
        }
        if (req.method === 'GET' && path === '/v1/models') {
          res.writeHead(200, { 'content-type': 'application/json' });
          return res.end(JSON.stringify({ object: 'list', data: [] }));
        }
        if (req.method !== 'POST' || path !== '/v1/chat/completions') {
          return sendError(res, { status: 404, message: `No route ${req.method} ${path}` }, false);
        }
        const request: RecordedRequest = {
          path,
          headers: req.headers,
          body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as RecordedRequest['body'],
        };
        requests.push(request);
        const number = requests.length;
        for (const waiter of waiters.filter((w) => requests.length >= w.count)) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve();
        }
        const next = queue.shift();
        if (!next) {
          return sendError(
            res,
            { status: 500, message: `openai-test-server: no scripted reply for request ${number}` },
            false,
          );
        }
        const reply = typeof next === 'function' ? next(request) : next;
        if (isError(reply)) return sendError(res, reply);
        await sendCompletion(res, request, reply, number);
      })().catch((error: unknown) => {
        res.destroy(error as Error);
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    reply: (...replies) => void queue.push(...replies),
    waitForRequests: (count) =>
      new Promise((resolve) => {
        if (requests.length >= count) return resolve(requests);
        waiters.push({ count, resolve: () => resolve(requests) });
      }),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
