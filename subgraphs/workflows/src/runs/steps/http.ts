import { OutboundRefused, sendOutbound } from '@pyairtable/outbound-http';
import { StepFailure } from '../graph-call.ts';
import type { StepContext } from './step-context.ts';

const MAX_BODY_BYTES = 256 * 1024;
const RESERVED_HEADERS = new Set([
  'host',
  'content-length',
  'connection',
  'transfer-encoding',
  'keep-alive',
  'upgrade',
  'te',
  'trailer',
]);

/** Calls an HTTP endpoint under the outbound rules of webhooks; a status ≥ 400 fails the step. */
export async function httpRequest(
  input: {
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
    url: unknown;
    headers?: Record<string, unknown>;
    body?: unknown;
  },
  ctx: StepContext,
) {
  const url = typeof input.url === 'string' ? input.url.trim() : '';
  if (!url) throw new StepFailure('The URL is empty.');
  const headers: Record<string, string> = { 'user-agent': 'PyAirtable-Workflows/1' };
  for (const [name, value] of Object.entries(input.headers ?? {})) {
    // The connection's own headers are the platform's to set.
    if (RESERVED_HEADERS.has(name.toLowerCase())) continue;
    headers[name.toLowerCase()] = typeof value === 'string' ? value : JSON.stringify(value);
  }
  let body: string | undefined;
  if (input.body !== undefined && input.method !== 'GET') {
    body = typeof input.body === 'string' ? input.body : JSON.stringify(input.body);
    headers['content-type'] ??= 'application/json';
  }
  if (ctx.dryRun) {
    ctx.log(`would send ${input.method} ${url}`);
    return {
      status: null,
      headers: {},
      body: null,
      preview: { method: input.method, url, headers, body },
    };
  }
  let response;
  try {
    response = await sendOutbound(
      {
        url,
        method: input.method,
        headers,
        ...(body !== undefined ? { body } : {}),
        timeoutMs: 30_000,
        maxResponseBytes: MAX_BODY_BYTES,
      },
      ctx.deps.outbound,
    );
  } catch (error) {
    if (error instanceof OutboundRefused) throw new StepFailure(error.message, 'REFUSED');
    throw new StepFailure(`The request failed: ${(error as Error).message}`);
  }
  ctx.log(`${input.method} ${url} → ${response.status}`);
  let parsed: unknown = response.body;
  if (String(response.headers['content-type'] ?? '').includes('json')) {
    try {
      parsed = JSON.parse(response.body);
    } catch {
      // Not JSON after all: the text is kept.
    }
  }
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(response.headers))
    if (typeof value === 'string') kept[name] = value;
  if (response.status >= 400)
    throw new StepFailure(`${input.method} ${url} answered ${response.status}.`);
  return { status: response.status, headers: kept, body: parsed };
}
