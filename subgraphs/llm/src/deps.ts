import type { EventBus } from '@pyairtable/events';
import type { GraphTool } from '@pyairtable/graph-tools';
import type { BaseContext, Logger, MembershipClient } from '@pyairtable/subgraph-kit';
import type DataLoader from 'dataloader';
import type OpenAI from 'openai';
import type { LlmConfig } from './config.ts';
import type { LlmDb, UsageTotals } from './db.ts';
import type { Answers } from './domain/answers.ts';

/** What the llm domain needs from the outside world. */
export interface LlmDeps {
  config: LlmConfig;
  db: LlmDb;
  logger: Logger;
  clock: () => Date;
  events: EventBus;
  memberships: MembershipClient;
  /** The gateway's /graphql URL, read at call time (the gateway starts after the subgraphs). */
  gatewayUrl: () => string;
  /** Null when OPENAI_API_KEY is unset: the assistant is not configured. */
  openai: OpenAI | null;
  /** The graph operations the model may call. */
  tools: GraphTool[];
  /** Answers being written by this process. */
  answers: Answers;
}

export interface LlmContext extends BaseContext {
  deps: LlmDeps;
  loaders: {
    /** Usage of an assistant message's model calls. */
    messageUsage: DataLoader<string, UsageTotals | null>;
    conversationUsage: DataLoader<string, UsageTotals | null>;
  };
}
