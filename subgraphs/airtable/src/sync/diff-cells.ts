import { stableJson } from '../stable-json.ts';

/** Field ids whose values differ between two versions of a record's cells. */
export function changedFieldIds(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys]
    .filter((k) => stableJson(before[k] ?? null) !== stableJson(after[k] ?? null))
    .sort();
}
