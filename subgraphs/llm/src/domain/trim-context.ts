/**
 * A piece of the transcript kept or dropped whole: a past turn (the question with its answer,
 * tool calls and their results), the new question, or one step of the answer being written — so a
 * tool call is never separated from its result.
 */
export interface ContextUnit<M> {
  messages: M[];
  tokens: number;
  /** Never dropped: the new question and the latest step of the answer. */
  pinned?: boolean;
}

export interface TrimmedContext<M> {
  messages: M[];
  tokens: number;
  /** How many units were left out, oldest first. */
  dropped: number;
}

/**
 * Drops the oldest unpinned units until the rest fits in `availableTokens`; null when even the
 * pinned units do not fit.
 */
export function trimToWindow<M>(
  units: readonly ContextUnit<M>[],
  availableTokens: number,
): TrimmedContext<M> | null {
  let total = units.reduce((sum, unit) => sum + unit.tokens, 0);
  const keep = units.map(() => true);
  for (let i = 0; i < units.length && total > availableTokens; i++) {
    if (units[i]!.pinned) continue;
    keep[i] = false;
    total -= units[i]!.tokens;
  }
  if (total > availableTokens) return null;
  const kept = units.filter((_, i) => keep[i]);
  return {
    messages: kept.flatMap((unit) => unit.messages),
    tokens: total,
    dropped: units.length - kept.length,
  };
}
