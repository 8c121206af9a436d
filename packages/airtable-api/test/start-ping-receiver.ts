import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { onTestFinished } from 'vitest';

/** An HTTP server that takes webhook pings; `next()` resolves with the next one. */
export async function startPingReceiver() {
  const waiting: ((ping: { body: string; mac: string | undefined }) => void)[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      res.writeHead(204).end();
      const mac = req.headers['x-airtable-content-mac'];
      waiting.shift()?.({
        body: Buffer.concat(chunks).toString('utf8'),
        mac: typeof mac === 'string' ? mac : undefined,
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/ping`,
    next: () =>
      new Promise<{ body: string; mac: string | undefined }>((resolve) => waiting.push(resolve)),
  };
}
