import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  headers: http.IncomingHttpHeaders;
  body: string;
  json: any;
}

/**
 * A webhook receiver on 127.0.0.1: records every request and answers from `respond` (200 by
 * default). `next(n)` resolves once n requests have arrived.
 */
export async function startReceiver(
  respond: (
    request: ReceivedRequest,
    index: number,
  ) => { status: number; headers?: Record<string, string> } = () => ({
    status: 200,
  }),
) {
  const received: ReceivedRequest[] = [];
  const waiting: { n: number; resolve: () => void }[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk));
    req.on('end', () => {
      const request = { headers: req.headers, body, json: JSON.parse(body || 'null') };
      const answer = respond(request, received.length);
      received.push(request);
      res.writeHead(answer.status, answer.headers).end(answer.status < 300 ? 'ok' : 'failed');
      for (const w of [...waiting]) {
        if (received.length >= w.n) {
          waiting.splice(waiting.indexOf(w), 1);
          w.resolve();
        }
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    next: (n: number) =>
      received.length >= n
        ? Promise.resolve()
        : new Promise<void>((resolve) => waiting.push({ n, resolve })),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type Receiver = Awaited<ReturnType<typeof startReceiver>>;
