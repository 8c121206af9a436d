import pg from 'pg';
import { checkChannelName } from './channel-name.ts';
import { createErrorReporter, EventBusError } from './event-bus-error.ts';
import type { EventBus, NetworkEventBusOptions } from './event-bus.ts';
import { POSTGRES_APPLICATION_NAME, startPostgresListener } from './postgres-listener.ts';
import { createSubscriptions } from './subscriptions.ts';
import { createTransportBus } from './transport-bus.ts';

/** Where the PostgreSQL bus connects; every process must name the same database. */
export interface PostgresEventBusOptions extends NetworkEventBusOptions {
  databaseUrl: string;
}

/** A bus on PostgreSQL LISTEN/NOTIFY; resolves once listening. */
export async function createPostgresEventBus(options: PostgresEventBusOptions): Promise<EventBus> {
  const channel = checkChannelName(options.channel);
  const report = createErrorReporter(options.onError);
  const subscriptions = createSubscriptions(report);
  const pool = new pg.Pool({
    connectionString: options.databaseUrl,
    application_name: POSTGRES_APPLICATION_NAME,
    max: 4,
    keepAlive: true,
  });
  pool.on('error', (cause) =>
    report(
      new EventBusError('connection-lost', 'An idle PostgreSQL publisher connection failed.', {
        cause,
      }),
    ),
  );
  let listener: { close(): Promise<void> };
  try {
    listener = await startPostgresListener({
      databaseUrl: options.databaseUrl,
      channel,
      onMessage: subscriptions.deliver,
      report,
      onReconnect: options.onReconnect,
    });
  } catch (error) {
    await pool.end();
    throw error;
  }
  return createTransportBus(
    {
      async send(payload) {
        await pool.query('SELECT pg_notify($1, $2)', [channel, payload]);
      },
      async close() {
        await Promise.all([listener.close(), pool.end()]);
      },
    },
    subscriptions,
  );
}
