import { expect, it } from 'vitest';
import { createRedisEventBus } from '../src/index.ts';

it('fails to start, saying why, when Redis does not answer', async () => {
  await expect(createRedisEventBus({ redisUrl: 'redis://127.0.0.1:1' })).rejects.toThrow(
    'The event bus could not connect to Redis: connect ECONNREFUSED 127.0.0.1:1',
  );
});
