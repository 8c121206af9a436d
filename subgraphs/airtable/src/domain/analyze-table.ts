import { analyzeField } from '../analysis/analyze-field.ts';
import type { AirtableDeps } from '../deps.ts';
import type { Actor } from '@pyairtable/subgraph-kit';
import { pickFields, selectRecords, type RecordSelection } from './select-records.ts';

/** Per-field statistics of the selected records (viewers). */
export async function analyzeTable(
  deps: AirtableDeps,
  actor: Actor,
  input: RecordSelection & { fields?: string[] | null },
) {
  const { snapshot, records } = await selectRecords(deps, actor, input);
  if (!snapshot) return { recordCount: 0, fields: [] };
  const fields = pickFields(snapshot, input.fields);
  return { recordCount: records.length, fields: fields.map((f) => analyzeField(f, records)) };
}
