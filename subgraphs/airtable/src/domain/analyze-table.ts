import type { Actor } from '@pyairtable/subgraph-kit';
import { analyzeField } from '../analysis/analyze-field.ts';
import type { AirtableDeps } from '../deps.ts';
import { pickFields, selectRecords, type RecordSelection } from './select-records.ts';

/** Per-field statistics of the selected records (viewers), over the fields they may see. */
export async function analyzeTable(
  deps: AirtableDeps,
  actor: Actor,
  input: RecordSelection & { fields?: string[] | null },
) {
  const { table, scope, records } = await selectRecords(deps, actor, input);
  const fields = pickFields(scope, table.name, input.fields);
  return { recordCount: records.length, fields: fields.map((f) => analyzeField(f, records)) };
}
