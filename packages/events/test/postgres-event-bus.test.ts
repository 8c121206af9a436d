import { randomBytes } from 'node:crypto';
import { ensureDatabase } from '@pyairtable/db';
import '@pyairtable/testing';
import pg from 'pg';
import { expect, inject, it, onTestFinished } from 'vitest';
import { createPostgresEventBus, MAX_EVENT_BYTES, type PlatformEvent } from '../src/index.ts';
import { collect } from './collect.ts';
import { recordChangedOfSize, uniqueChannel } from './factories.ts';

const databaseUrl = await ensureDatabase(
  inject('postgresUrl'),
  `${inject('databasePrefix')}events_${randomBytes(4).toString('hex')}`,
);

it('carries an event of exactly the size limit, which PostgreSQL NOTIFY accepts', async () => {
  const bus = await createPostgresEventBus({ databaseUrl, channel: uniqueChannel() });
  onTestFinished(() => bus.close());
  const received = collect<PlatformEvent>();
  bus.subscribe(received.push);
  const largest = recordChangedOfSize(MAX_EVENT_BYTES);

  await bus.publish(largest);

  expect(await received.until(1)).toEqual([largest]);
});

it('is right about the limit: PostgreSQL refuses a payload one byte longer', async () => {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  onTestFinished(() => client.end());

  await expect(
    client.query('SELECT pg_notify($1, $2)', [uniqueChannel(), 'x'.repeat(MAX_EVENT_BYTES + 1)]),
  ).rejects.toThrow(/payload string too long/);
});

it('fails to start when PostgreSQL does not answer', async () => {
  await expect(
    createPostgresEventBus({ databaseUrl: 'postgres://postgres@127.0.0.1:1/postgres' }),
  ).rejects.toThrow(/ECONNREFUSED/);
});
