import type http from 'node:http';

const MAX_BODY_BYTES = 16 * 1024;

/** A request the session routes refuse, answered with its status and code. */
export class RequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export async function readJson(req: http.IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new RequestError(413, 'BAD_REQUEST', 'Request too large.');
    chunks.push(chunk as Buffer);
  }
  if (size === 0) return {};
  try {
    const body: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    if (body && typeof body === 'object' && !Array.isArray(body))
      return body as Record<string, unknown>;
  } catch {
    // answered below
  }
  throw new RequestError(400, 'BAD_REQUEST', 'The request body must be a JSON object.');
}

export function send(res: http.ServerResponse, status: number, body?: unknown, cookie?: string) {
  const headers: http.OutgoingHttpHeaders = { 'cache-control': 'no-store' };
  if (cookie) headers['set-cookie'] = cookie;
  if (body === undefined) {
    res.writeHead(status, headers).end();
    return;
  }
  headers['content-type'] = 'application/json';
  res.writeHead(status, headers).end(JSON.stringify(body));
}

/** Refuses requests another site could make: only same-origin JSON POSTs reach the handlers. */
export function assertSameOrigin(req: http.IncomingMessage) {
  if (req.method !== 'POST') throw new RequestError(405, 'BAD_REQUEST', 'Use POST.');
  if (!req.headers['content-type']?.startsWith('application/json'))
    throw new RequestError(415, 'BAD_REQUEST', 'Send JSON.');
  const origin = req.headers.origin;
  if (origin && origin !== 'null') {
    let host: string | undefined;
    try {
      host = new URL(origin).host;
    } catch {
      host = undefined;
    }
    if (host !== req.headers.host)
      throw new RequestError(403, 'FORBIDDEN', 'Cross-site requests are refused.');
  }
}

/** A required text field of the body. */
export function text(value: unknown, name: string): string {
  if (typeof value !== 'string' || value.length === 0)
    throw new RequestError(400, 'BAD_USER_INPUT', `${name} is required.`);
  return value;
}
