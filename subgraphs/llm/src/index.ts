import { assertProductionSecrets } from '@pyairtable/config';
import { createEventBus, type EventBus } from '@pyairtable/events';
import { loadGraphTools } from '@pyairtable/graph-tools';
import {
  closingAlso,
  createLogger,
  createMembershipClient,
  type RunningServer,
} from '@pyairtable/subgraph-kit';
import { loadLlmConfig } from './config.ts';
import { createLlmDb } from './db.ts';
import type { LlmDeps } from './deps.ts';
import { createAnswers } from './domain/answers.ts';
import { createOpenAiClient } from './domain/model-call.ts';
import { STALE_ANSWER_MS } from './domain/send-message.ts';
import { createLlmSubgraph } from './subgraph.ts';

export { createLlmSubgraph } from './subgraph.ts';
export { createLlmDb } from './db.ts';
export { loadLlmConfig } from './config.ts';

/** Starts the llm subgraph (the assistant) from environment settings. */
export async function main(
  env?: NodeJS.ProcessEnv,
  options: { events?: EventBus; gatewayUrl?: () => string } = {},
): Promise<RunningServer & { deps: LlmDeps }> {
  const config = loadLlmConfig(env);
  assertProductionSecrets(config);
  const logger = createLogger('llm', config.LOG_LEVEL);
  const db = createLlmDb(config.DATABASE_URL);
  const events =
    options.events ??
    (await createEventBus({ redisUrl: config.REDIS_URL, databaseUrl: config.EVENTS_DATABASE_URL }));
  const clock = () => new Date();
  const openai = createOpenAiClient(config);
  if (!openai) logger.warn('OPENAI_API_KEY is not set: the assistant is not configured');
  // Answers and reservations a stopped process left behind.
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
  const server = await createLlmSubgraph(deps).listen(config.PORT, config.HOST);
  return closingAlso(
    { ...server, deps },
    () => deps.answers.stopAll('The answer was interrupted: the assistant is restarting.'),
    async () => (options.events ? undefined : events.close()),
    db.close,
  );
}
