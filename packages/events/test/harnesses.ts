import { randomBytes } from 'node:crypto';
import { databaseUrl, ensureDatabase } from '@pyairtable/db';
import '@pyairtable/testing';
import { Redis } from 'ioredis';
import pg from 'pg';
import { inject } from 'vitest';
import {
  createMemoryEventBus,
  createPostgresEventBus,
  createRedisEventBus,
  type EventBus,
  type NetworkEventBusOptions,
} from '../src/index.ts';
import { memoryHub } from '../src/memory-hub.ts';

export const REDIS_URL = 'redis://127.0.0.1:6379';

/** One bus implementation plus the back doors a test needs into its transport. */
export interface BusHarness {
  name: string;
  available: boolean;
  open(options: NetworkEventBusOptions & { channel: string }): Promise<EventBus>;
  /** Puts a raw message on the channel, bypassing every bus. */
  sendRaw(channel: string, payload: string): Promise<void>;
  /** How many connections (or in-process listeners) buses hold for the channel. */
  openConnections(channel: string): Promise<number>;
  /** Kills the connection a bus listens on, as a server restart or network fault would. */
  killListener?(channel: string): Promise<void>;
}

/** True when a Redis server answers quickly at the URL. */
export async function isRedisReachable(url: string): Promise<boolean> {
  const redis = new Redis(url, {
    lazyConnect: true,
    connectTimeout: 500,
    retryStrategy: () => null,
    maxRetriesPerRequest: 0,
  });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    await redis.ping();
    return true;
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
}

async function withPg<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

async function withRedis<T>(run: (redis: Redis) => Promise<T>): Promise<T> {
  const redis = new Redis(REDIS_URL);
  try {
    return await run(redis);
  } finally {
    await redis.quit();
  }
}

async function redisClients(channel: string): Promise<{ id: string; name: string }[]> {
  const list = await withRedis((redis) => redis.call('CLIENT', 'LIST') as Promise<string>);
  return list
    .split('\n')
    .map((line) => ({
      id: /\bid=(\d+)/.exec(line)?.[1] ?? '',
      name: /\bname=(\S*)/.exec(line)?.[1] ?? '',
    }))
    .filter((client) => client.name.endsWith(`:${channel}`));
}

export const memoryHarness: BusHarness = {
  name: 'memory',
  available: true,
  open: async (options) => createMemoryEventBus(options),
  sendRaw: async (channel, payload) => memoryHub.send(channel, payload),
  openConnections: async (channel) => memoryHub.listenerCount(channel),
};

/** A PostgreSQL harness on a database of its own (NOTIFY never crosses databases). */
export async function createPostgresHarness(): Promise<BusHarness> {
  const serverUrl = inject('postgresUrl');
  const name = `${inject('databasePrefix')}events_${randomBytes(4).toString('hex')}`;
  const url = await ensureDatabase(serverUrl, name);
  const maintenanceUrl = databaseUrl(serverUrl, 'postgres');
  return {
    name: 'postgres',
    available: true,
    open: (options) => createPostgresEventBus({ ...options, databaseUrl: url }),
    sendRaw: (channel, payload) =>
      withPg(url, async (client) => {
        await client.query('SELECT pg_notify($1, $2)', [channel, payload]);
      }),
    openConnections: () =>
      withPg(maintenanceUrl, async (client) => {
        const { rows } = await client.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM pg_stat_activity
            WHERE datname = $1 AND application_name = 'pyairtable-events'`,
          [name],
        );
        return rows[0]!.n;
      }),
    killListener: (channel) =>
      withPg(maintenanceUrl, async (client) => {
        const { rowCount } = await client.query(
          `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
            WHERE datname = $1 AND query = $2 AND pid <> pg_backend_pid()`,
          [name, `LISTEN "${channel}"`],
        );
        if (rowCount !== 1) throw new Error(`Expected one listener, found ${rowCount}.`);
      }),
  };
}

/** A Redis harness, available only when a server answers at REDIS_URL. */
export async function createRedisHarness(): Promise<BusHarness> {
  return {
    name: 'redis',
    available: await isRedisReachable(REDIS_URL),
    open: (options) => createRedisEventBus({ ...options, redisUrl: REDIS_URL }),
    sendRaw: (channel, payload) =>
      withRedis(async (redis) => {
        await redis.publish(channel, payload);
      }),
    openConnections: async (channel) => (await redisClients(channel)).length,
    killListener: async (channel) => {
      const listeners = (await redisClients(channel)).filter((c) => c.name.includes('-sub:'));
      if (listeners.length !== 1)
        throw new Error(`Expected one listener, found ${listeners.length}.`);
      await withRedis((redis) => redis.call('CLIENT', 'KILL', 'ID', listeners[0]!.id));
    },
  };
}
