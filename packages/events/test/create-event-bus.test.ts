import { randomBytes } from 'node:crypto';
import { ensureDatabase } from '@pyairtable/db';
import '@pyairtable/testing';
import { Redis } from 'ioredis';
import pg from 'pg';
import { describe, expect, inject, it, onTestFinished } from 'vitest';
import { createEventBus, type EventBusConfig, type PlatformEvent } from '../src/index.ts';
import { memoryHub } from '../src/memory-hub.ts';
import { collect } from './collect.ts';
import { recordChanged, uniqueChannel } from './factories.ts';
import { isRedisReachable, REDIS_URL } from './harnesses.ts';

const redisAvailable = await isRedisReachable(REDIS_URL);
const databaseUrl = await ensureDatabase(
  inject('postgresUrl'),
  `${inject('databasePrefix')}events_${randomBytes(4).toString('hex')}`,
);

/** Opens a bus from config and returns the first event it receives from a raw message. */
async function receiveRaw(
  config: EventBusConfig,
  send: (channel: string, payload: string) => Promise<unknown>,
) {
  const channel = uniqueChannel();
  const bus = await createEventBus({ ...config, channel });
  onTestFinished(() => bus.close());
  const received = collect<PlatformEvent>();
  bus.subscribe(received.push);
  const event = recordChanged();
  await send(channel, JSON.stringify(event));
  expect(await received.until(1)).toEqual([event]);
}

describe('createEventBus', () => {
  it.runIf(redisAvailable)('uses Redis when a Redis URL is set', async () => {
    const redis = new Redis(REDIS_URL);
    onTestFinished(async () => void (await redis.quit()));

    await receiveRaw({ redisUrl: REDIS_URL, databaseUrl }, (channel, payload) =>
      redis.publish(channel, payload),
    );
  });

  it('uses PostgreSQL when only a database URL is set', async () => {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    onTestFinished(() => client.end());

    await receiveRaw({ databaseUrl }, (channel, payload) =>
      client.query('SELECT pg_notify($1, $2)', [channel, payload]),
    );
  });

  it('stays in process when no URL is set', async () => {
    await receiveRaw({}, async (channel, payload) => memoryHub.send(channel, payload));
  });
});
