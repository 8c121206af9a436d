import { createHash } from 'node:crypto';
import {
  createAirtableClient,
  createMemoryRateLimiter,
  createRedisRateLimiter,
  type AirtableClient,
  type RateLimiter,
} from '@pyairtable/airtable-api';
import type { SecretBox } from '@pyairtable/subgraph-kit';
import type { AirtableConfig } from './config.ts';
import type { AirtableDb } from './db.ts';

/** Airtable clients per connection, all paced by one limiter (shared through Redis when configured). */
export function createAirtableClients(config: AirtableConfig, db: AirtableDb, secrets: SecretBox) {
  const limits = (key: string) =>
    key.startsWith('base:') ? config.BASE_REQUESTS_PER_SECOND : config.TOKEN_REQUESTS_PER_SECOND;
  const redisLimiter = config.REDIS_URL
    ? createRedisRateLimiter({ redis: config.REDIS_URL, limits })
    : null;
  const limiter: RateLimiter = redisLimiter ?? createMemoryRateLimiter({ limits });
  const clients = new Map<string, AirtableClient>();

  const forToken = (token: string) =>
    createAirtableClient({ apiUrl: config.AIRTABLE_API_URL, token, limiter });

  return {
    limiter,
    /** A client for a token not stored yet (checking it before connecting). */
    forToken,
    /** The client of a stored connection. */
    async forConnection(connectionId: string): Promise<AirtableClient> {
      let client = clients.get(connectionId);
      if (!client) {
        const connection = await db.findConnection(connectionId);
        if (!connection) throw new Error(`Connection ${connectionId} is gone`);
        client = forToken(secrets.decrypt(connection.tokenSealed));
        clients.set(connectionId, client);
      }
      return client;
    },
    forget: (connectionId: string) => void clients.delete(connectionId),
    /** Releases the shared limiter's Redis connection. */
    close: async () => {
      await redisLimiter?.close();
    },
    /** A stable, non-secret key for a token. */
    tokenKey: (token: string) => createHash('sha256').update(token).digest('hex').slice(0, 16),
  };
}

export type AirtableClients = ReturnType<typeof createAirtableClients>;
