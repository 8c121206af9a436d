import { z } from '@pyairtable/config';

/** USD per million tokens. */
export const PriceSchema = z.object({
  input: z.number().nonnegative(),
  output: z.number().nonnegative(),
  /** Prompt tokens the provider served from its cache; `input` when omitted. */
  cachedInput: z.number().nonnegative().optional(),
});
export type Price = z.infer<typeof PriceSchema>;

export const PriceTableSchema = z.record(z.string().min(1), PriceSchema);
export type PriceTable = z.infer<typeof PriceTableSchema>;

/**
 * OpenAI's list prices when this was written (USD per million tokens); LLM_PRICES overrides
 * or extends them. A model found nowhere costs nothing (a local model), so budgets never stop it.
 */
export const DEFAULT_PRICES: PriceTable = {
  'gpt-4o-mini': { input: 0.15, output: 0.6, cachedInput: 0.075 },
  'gpt-4o': { input: 2.5, output: 10, cachedInput: 1.25 },
  'gpt-4.1': { input: 2, output: 8, cachedInput: 0.5 },
  'gpt-4.1-mini': { input: 0.4, output: 1.6, cachedInput: 0.1 },
  'gpt-4.1-nano': { input: 0.1, output: 0.4, cachedInput: 0.025 },
  'o4-mini': { input: 1.1, output: 4.4, cachedInput: 0.275 },
  'gpt-5': { input: 1.25, output: 10, cachedInput: 0.125 },
  'gpt-5-mini': { input: 0.25, output: 2, cachedInput: 0.025 },
  'gpt-5-nano': { input: 0.05, output: 0.4, cachedInput: 0.005 },
};

/**
 * The price of a model: an exact entry, else the longest entry it starts with followed by "-"
 * (dated snapshots: gpt-4o-mini-2024-07-18 → gpt-4o-mini). Configured entries win over defaults.
 */
export function priceOf(model: string, configured: PriceTable = {}): Price | null {
  for (const table of [configured, DEFAULT_PRICES]) {
    if (table[model]) return table[model];
    const prefix = Object.keys(table)
      .filter((name) => model.startsWith(`${name}-`))
      .sort((a, b) => b.length - a.length)[0];
    if (prefix) return table[prefix]!;
  }
  return null;
}

export interface TokenCounts {
  promptTokens: number;
  completionTokens: number;
  /** Of the prompt tokens, those served from the provider's cache. */
  cachedPromptTokens?: number;
}

/** What a call costs in USD, rounded to 8 decimals (the ledger's precision). */
export function costOf(price: Price | null, tokens: TokenCounts): number {
  if (!price) return 0;
  const cached = Math.min(tokens.cachedPromptTokens ?? 0, tokens.promptTokens);
  const micro =
    (tokens.promptTokens - cached) * price.input +
    cached * (price.cachedInput ?? price.input) +
    tokens.completionTokens * price.output;
  return Math.round((micro / 1_000_000) * 1e8) / 1e8;
}
