import { setTimeout as wait } from 'node:timers/promises';
import pg from 'pg';
import { EventBusError, type ErrorReporter } from './event-bus-error.ts';
import { reconnectDelay } from './reconnect-delay.ts';

/** Shown in pg_stat_activity for every connection the bus opens. */
export const POSTGRES_APPLICATION_NAME = 'pyairtable-events';

interface ListenerOptions {
  databaseUrl: string;
  channel: string;
  onMessage: (payload: string) => void;
  report: ErrorReporter;
  onReconnect?: () => void;
}

/** A dedicated connection that LISTENs on the channel and comes back when it is lost. */
export async function startPostgresListener(
  options: ListenerOptions,
): Promise<{ close(): Promise<void> }> {
  const { channel, report } = options;
  const abort = new AbortController();
  let current: pg.Client | null = null;
  let reconnecting: Promise<void> | null = null;

  async function connect(): Promise<pg.Client> {
    const client = new pg.Client({
      connectionString: options.databaseUrl,
      application_name: POSTGRES_APPLICATION_NAME,
      connectionTimeoutMillis: 10_000,
      // A silently dead peer (network partition) is noticed by TCP keepalive, not by LISTEN.
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
    });
    client.on('notification', (message) => {
      if (message.channel === channel && message.payload !== undefined) {
        options.onMessage(message.payload);
      }
    });
    client.on('error', (error) => lose(client, error));
    client.on('end', () => lose(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${client.escapeIdentifier(channel)}`);
    } catch (error) {
      client.end().catch(() => undefined);
      throw error;
    }
    return client;
  }

  function lose(client: pg.Client, cause?: unknown): void {
    if (client !== current || abort.signal.aborted) return;
    current = null;
    client.end().catch(() => undefined);
    report(
      new EventBusError(
        'connection-lost',
        'Lost the PostgreSQL LISTEN connection; reconnecting. Events published meanwhile are missed.',
        { cause },
      ),
    );
    reconnecting = reconnect().finally(() => {
      reconnecting = null;
    });
  }

  async function reconnect(): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        await wait(reconnectDelay(attempt), undefined, { signal: abort.signal });
      } catch {
        return; // closed while waiting
      }
      try {
        const client = await connect();
        if (abort.signal.aborted) {
          await client.end();
          return;
        }
        current = client;
        options.onReconnect?.();
        return;
      } catch (error) {
        if (abort.signal.aborted) return;
        report(
          new EventBusError(
            'reconnect-failed',
            `Reconnecting to PostgreSQL failed (attempt ${attempt + 1}); retrying.`,
            { cause: error },
          ),
        );
      }
    }
  }

  current = await connect();
  return {
    async close() {
      abort.abort();
      const client = current;
      current = null;
      await Promise.all([client?.end(), reconnecting]);
    },
  };
}
