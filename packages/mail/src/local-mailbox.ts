import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { renderMailboxList, renderMailboxMessage } from './mailbox-page.ts';
import { parseReceivedMessage, type ReceivedMessage } from './received-message.ts';

export interface LocalMailbox {
  /** Point SMTP_URL here. */
  smtpUrl: string;
  /** The page listing the messages. */
  url: string;
  /** Messages received so far, oldest first. */
  messages(): ReceivedMessage[];
  /** Resolves with the first message (already received or still to come) that matches. */
  waitFor(match: (message: ReceivedMessage) => boolean): Promise<ReceivedMessage>;
  close(): Promise<void>;
}

const MAX_MESSAGE_BYTES = 10 * 1024 * 1024;

const listen = (
  server: { listen: (port: number, host: string, cb: () => void) => unknown },
  port: number,
  host: string,
) => new Promise<void>((resolve) => server.listen(port, host, resolve));

/**
 * A real SMTP server that accepts every message and a web page listing them: embedded mode's
 * default mail destination (nothing leaves the machine), and the SMTP server tests deliver to.
 * Keeps the newest `limit` messages in memory.
 */
export async function startLocalMailbox(
  options: { host?: string; smtpPort?: number; httpPort?: number; limit?: number } = {},
): Promise<LocalMailbox> {
  const host = options.host ?? '127.0.0.1';
  const limit = options.limit ?? 500;
  const received: ReceivedMessage[] = [];
  const waiters = new Set<{
    match: (m: ReceivedMessage) => boolean;
    resolve: (m: ReceivedMessage) => void;
  }>();

  const smtp = new SMTPServer({
    authOptional: true,
    // Loopback only, and nothing to protect: plain SMTP keeps it simple for every client.
    disabledCommands: ['STARTTLS'],
    size: MAX_MESSAGE_BYTES,
    logger: false,
    onData(stream, session, callback) {
      const to = session.envelope.rcptTo.map((r) => r.address);
      parseReceivedMessage(randomUUID(), stream, to).then(
        (message) => {
          received.push(message);
          if (received.length > limit) received.shift();
          for (const waiter of [...waiters]) {
            if (!waiter.match(message)) continue;
            waiters.delete(waiter);
            waiter.resolve(message);
          }
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  smtp.on('error', () => undefined);
  await listen(smtp.server as unknown as http.Server, options.smtpPort ?? 0, host);
  const smtpPort = (smtp.server.address() as AddressInfo).port;

  const web = http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://mailbox').pathname;
    const send = (
      status: number,
      type: string,
      body: string,
      csp = "default-src 'none'; style-src 'unsafe-inline'; frame-src 'self'",
    ) =>
      res
        .writeHead(status, {
          'content-type': `${type}; charset=utf-8`,
          'content-security-policy': csp,
          'x-content-type-options': 'nosniff',
          'referrer-policy': 'no-referrer',
        })
        .end(body);
    if (path === '/') return send(200, 'text/html', renderMailboxList([...received].reverse()));
    if (path === '/messages.json')
      return send(200, 'application/json', JSON.stringify([...received].reverse()));
    const match = /^\/messages\/([0-9a-f-]{36})(\/html)?$/.exec(path);
    const message = match && received.find((m) => m.id === match[1]);
    if (!message) return send(404, 'text/plain', 'No such message.');
    if (match[2])
      // The email's own HTML, shown in a sandboxed frame: no scripts, images only inline.
      return send(
        200,
        'text/html',
        message.html ?? '',
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
      );
    return send(200, 'text/html', renderMailboxMessage(message));
  });
  await listen(web, options.httpPort ?? 0, host);
  const httpPort = (web.address() as AddressInfo).port;

  return {
    smtpUrl: `smtp://${host}:${smtpPort}`,
    url: `http://${host}:${httpPort}`,
    messages: () => [...received],
    waitFor: (match) => {
      const found = received.find(match);
      if (found) return Promise.resolve(found);
      return new Promise((resolve) => waiters.add({ match, resolve }));
    },
    close: async () => {
      web.closeAllConnections();
      await Promise.all([
        new Promise<void>((resolve) => web.close(() => resolve())),
        new Promise<void>((resolve) => smtp.close(() => resolve())),
      ]);
    },
  };
}
