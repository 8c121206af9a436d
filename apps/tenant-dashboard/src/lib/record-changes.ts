// What a person changed in the record drawer, checked before anything is sent.
import { fromDraft, sameValue, type Draft } from './edit-values.ts';
import type { FieldMeta } from './graphql/airtable.ts';

export type FieldChange = { value: unknown } | { error: string };

/**
 * The edited fields that differ from the record, each with its new value or the reason it
 * cannot be sent. Edits that put a field back as it was are no change.
 */
export function recordChanges(
  drafts: Record<string, Draft>,
  fields: FieldMeta[],
  values: Record<string, unknown>,
): Record<string, FieldChange> {
  const result: Record<string, FieldChange> = {};
  for (const [name, draft] of Object.entries(drafts)) {
    const field = fields.find((f) => f.name === name);
    if (!field) continue;
    const parsed = fromDraft(draft, field);
    if ('error' in parsed || !sameValue(parsed.value, values[name])) result[name] = parsed;
  }
  return result;
}

/** The values to send for the changes (none when one of them is not valid). */
export function changedValues(changes: Record<string, FieldChange>): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [name, change] of Object.entries(changes))
    if ('value' in change) values[name] = change.value;
  return values;
}
