import type { Redis } from 'ioredis';
import { EventBusError, type ErrorReporter } from './event-bus-error.ts';

/** Reports a Redis connection's losses and retries, and calls `onBack` when it is ready again. */
export function watchRedisConnection(
  redis: Redis,
  role: string,
  report: ErrorReporter,
  onBack?: () => void,
): { started(): void; stop(): void; firstError(): Error | undefined } {
  // Errors while first connecting reject connect() instead; after stop() they are ours.
  let state: 'starting' | 'up' | 'down' | 'stopped' = 'starting';
  let firstError: Error | undefined;
  const lose = (cause?: unknown) => {
    report(
      new EventBusError('connection-lost', `Lost the Redis ${role} connection; reconnecting.`, {
        cause,
      }),
    );
    state = 'down';
  };
  redis.on('error', (cause: Error) => {
    if (state === 'starting') firstError ??= cause;
    else if (state === 'up') lose(cause);
    else if (state === 'down') {
      report(
        new EventBusError('reconnect-failed', `Reconnecting the Redis ${role} failed; retrying.`, {
          cause,
        }),
      );
    }
  });
  redis.on('close', () => {
    if (state === 'up') lose();
  });
  redis.on('ready', () => {
    if (state !== 'down') return;
    state = 'up';
    onBack?.();
  });
  return {
    started: () => {
      state = 'up';
    },
    stop: () => {
      state = 'stopped';
    },
    /** Why the first connection failed: connect() itself only says "Connection is closed." */
    firstError: () => firstError,
  };
}
