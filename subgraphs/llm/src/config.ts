import { baseEnv, DEFAULT_PORTS, loadConfig, port, secretsEnv, z } from '@pyairtable/config';
import { PriceTableSchema } from './domain/prices.ts';

/** An empty variable counts as unset (`OPENAI_API_KEY=` in a .env file). */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const LlmEnv = {
  ...baseEnv,
  ...secretsEnv,
  PORT: port(DEFAULT_PORTS.llm),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.string().url(),
  /** The workspaces subgraph, asked for members' roles. */
  WORKSPACES_URL: z.string().url().default(`http://127.0.0.1:${DEFAULT_PORTS.workspaces}/graphql`),
  /** Tools run through the gateway as the person asking (read at call time: it starts after us). */
  GATEWAY_URL: z.string().url().default(`http://127.0.0.1:${DEFAULT_PORTS.gateway}/graphql`),
  /** The event bus that streams answers: Redis when set, else LISTEN/NOTIFY in EVENTS_DATABASE_URL. */
  REDIS_URL: z.string().url().optional(),
  EVENTS_DATABASE_URL: z.string().url().optional(),
  /** Unset: the assistant says it is not configured; everything else runs. */
  OPENAI_API_KEY: optional(z.string()),
  /** Any OpenAI-compatible endpoint (…/v1); OpenAI's when unset. */
  OPENAI_BASE_URL: optional(z.string().url()),
  LLM_MODEL: z.string().min(1).default('gpt-4o-mini'),
  /** JSON, USD per million tokens: {"my-model":{"input":0.5,"output":1.5,"cachedInput":0.25}}. */
  LLM_PRICES: optional(z.string()).transform((text, ctx) => {
    if (text === undefined) return {};
    try {
      const parsed = PriceTableSchema.safeParse(JSON.parse(text));
      if (parsed.success) return parsed.data;
      ctx.addIssue({ code: 'custom', message: z.prettifyError(parsed.error) });
    } catch {
      ctx.addIssue({ code: 'custom', message: 'must be JSON' });
    }
    return z.NEVER;
  }),
  /** The model's context window; prompts are trimmed to fit it with the output reserved. */
  LLM_CONTEXT_TOKENS: positiveInt(128_000),
  LLM_MAX_OUTPUT_TOKENS: positiveInt(2_048),
  /** Per attempt until the model's first byte, and the longest silence inside a stream. */
  LLM_TIMEOUT_MS: positiveInt(60_000),
  /** Retries on 408/409/429/5xx and lost connections, with back-off (Retry-After honoured). */
  LLM_MAX_RETRIES: z.coerce.number().int().min(0).max(10).default(2),
  /** Model calls that may use tools per answer; one more without tools then has to answer. */
  LLM_MAX_TOOL_ROUNDS: positiveInt(8),
  /** A tool result longer than this is cut before the model sees it. */
  LLM_TOOL_RESULT_MAX_TOKENS: positiveInt(6_000),
};

export type LlmConfig = ReturnType<typeof loadLlmConfig>;

/** Reads the llm subgraph's settings. */
export function loadLlmConfig(env?: NodeJS.ProcessEnv) {
  return loadConfig(LlmEnv, env);
}
