import { createEventBus, type EventBus } from '@pyairtable/events';
import { loadGraphTools } from '@pyairtable/graph-tools';
import { createLogger, createMembershipClient, type Logger } from '@pyairtable/subgraph-kit';
import type { LlmConfig } from './config.ts';
import { createLlmDb } from './db.ts';
import type { LlmDeps } from './deps.ts';
import { createAnswers } from './domain/answers.ts';
import { createOpenAiClient } from './domain/model-call.ts';
import { STALE_ANSWER_MS } from './domain/send-message.ts';

/**
 * Everything the llm subgraph runs with, wired from its settings: database, event bus, the
 * model client (null when not configured) and the graph tools. Answers a stopped process left
 * behind are failed first. `close` stops running answers and releases the rest.
 */
export async function createLlmDeps(
  config: LlmConfig,
  options: { events?: EventBus; gatewayUrl?: () => string; logger?: Logger } = {},
): Promise<{ deps: LlmDeps; close: () => Promise<void> }> {
  const logger = options.logger ?? createLogger('llm', config.LOG_LEVEL);
  const db = createLlmDb(config.DATABASE_URL);
  const events =
    options.events ??
    (await createEventBus({ redisUrl: config.REDIS_URL, databaseUrl: config.EVENTS_DATABASE_URL }));
  const clock = () => new Date();
  const openai = createOpenAiClient(config);
  if (!openai) logger.warn('OPENAI_API_KEY is not set: the assistant is not configured');
  const staleBefore = new Date(clock().getTime() - STALE_ANSWER_MS);
  await db.failStaleMessages(staleBefore, 'The answer was interrupted.', clock());
  await db.failStaleReservations(staleBefore);
  const deps: LlmDeps = {
    config,
    db,
    logger,
    clock,
    events,
    memberships: createMembershipClient({
      workspacesUrl: config.WORKSPACES_URL,
      signingSecret: config.GATEWAY_SIGNING_SECRET,
    }),
    gatewayUrl: options.gatewayUrl ?? (() => config.GATEWAY_URL),
    openai,
    tools: loadGraphTools(),
    answers: createAnswers(),
  };
  const close = async () => {
    await deps.answers.stopAll('The answer was interrupted: the assistant is restarting.');
    if (!options.events) await events.close();
    await db.close();
  };
  return { deps, close };
}
