import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';

/**
 * Takes one slot on every key, or none. KEYS: window zset and penalty key per limiter key.
 * ARGV: window ms, a unique member id, then each key's limit (0 = unlimited). Returns a flat
 * list of (key index, wait ms) for blocked keys; empty when the slots were taken. Redis's own
 * clock is used, so processes with skewed clocks share one timeline.
 */
export const TAKE_SLOTS_SCRIPT = `
if redis.replicate_commands then redis.replicate_commands() end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local window = tonumber(ARGV[1])
local n = #KEYS / 2
local blocked = {}
for i = 1, n do
  local wait = 0
  local penalty = redis.call('PTTL', KEYS[2 * i])
  if penalty > 0 then wait = penalty end
  local limit = tonumber(ARGV[2 + i])
  if limit > 0 then
    redis.call('ZREMRANGEBYSCORE', KEYS[2 * i - 1], '-inf', now - window)
    local count = redis.call('ZCARD', KEYS[2 * i - 1])
    if count >= limit then
      local slot = redis.call('ZRANGE', KEYS[2 * i - 1], count - limit, count - limit, 'WITHSCORES')
      local free = tonumber(slot[2]) + window - now
      if free > wait then wait = free end
    end
  end
  if wait > 0 then
    table.insert(blocked, i)
    table.insert(blocked, wait)
  end
end
if #blocked > 0 then return blocked end
for i = 1, n do
  if tonumber(ARGV[2 + i]) > 0 then
    redis.call('ZADD', KEYS[2 * i - 1], now, ARGV[2])
    redis.call('PEXPIRE', KEYS[2 * i - 1], window)
  end
end
return blocked
`;

/** Sets the penalty key for ARGV[1] ms unless a longer penalty is already running. */
export const PENALIZE_SCRIPT = `
local ms = tonumber(ARGV[1])
if redis.call('PTTL', KEYS[1]) < ms then redis.call('SET', KEYS[1], '1', 'PX', ms) end
return 0
`;

const sha1 = (script: string) => createHash('sha1').update(script).digest('hex');
const SHAS = new Map([TAKE_SLOTS_SCRIPT, PENALIZE_SCRIPT].map((s) => [s, sha1(s)]));

/** Runs a script by its SHA, loading it on the first NOSCRIPT. */
export async function runScript(
  redis: Redis,
  script: string,
  keys: string[],
  args: (string | number)[],
): Promise<unknown> {
  const sha = SHAS.get(script) ?? sha1(script);
  try {
    return await redis.evalsha(sha, keys.length, ...keys, ...args);
  } catch (error) {
    if (!(error instanceof Error) || !error.message.startsWith('NOSCRIPT')) throw error;
    return redis.eval(script, keys.length, ...keys, ...args);
  }
}
