import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RequestListener } from 'node:http';

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Serves an app on host:port (0 = any free port); `close` runs `beforeClose`, then drops every connection. */
export async function serveHttp(
  app: RequestListener,
  port: number,
  host: string,
  beforeClose: () => Promise<void>,
): Promise<RunningServer & { server: http.Server }> {
  const server = http.createServer(app);
  // Outlive the callers' idle keep-alive sockets, so a request never races a server-side close
  // (the gateway saw ECONNRESET under load with Node's 5 s default).
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address() as AddressInfo;
  return {
    server,
    url: `http://${host}:${address.port}/graphql`,
    port: address.port,
    close: async () => {
      await beforeClose();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The server, closing `cleanups` in order after it stops (databases, workers, connections). */
export function closingAlso<T extends RunningServer>(
  server: T,
  ...cleanups: (() => Promise<unknown>)[]
): T {
  return {
    ...server,
    close: async () => {
      await server.close();
      for (const cleanup of cleanups) await cleanup();
    },
  };
}
