import { badUserInput } from '@pyairtable/subgraph-kit';
import { findDuplicates } from '../analysis/find-duplicates.ts';
import type { AirtableDeps } from '../deps.ts';
import type { Actor } from '@pyairtable/subgraph-kit';
import { pickFields, selectRecords, type RecordSelection } from './select-records.ts';

const MAX_DUPLICATE_GROUPS = 200;

/** Groups of selected records sharing the same values in `fields`, largest first (viewers). */
export async function findDuplicateRecords(
  deps: AirtableDeps,
  actor: Actor,
  input: RecordSelection & { fields: string[]; first?: number | null },
) {
  if (input.fields.length === 0) throw badUserInput('Name at least one field.', 'fields');
  const first = input.first ?? 20;
  if (first < 0 || first > MAX_DUPLICATE_GROUPS)
    throw badUserInput(`first must be between 0 and ${MAX_DUPLICATE_GROUPS}.`, 'first');
  const { table, scope, records } = await selectRecords(deps, actor, input);
  const fields = pickFields(scope, table.name, input.fields);
  const groups = findDuplicates(fields, records);
  return {
    table,
    fields: fields.map((f) => f.name),
    groupCount: groups.length,
    recordCount: groups.reduce((n, g) => n + g.records.length, 0),
    groups: groups.slice(0, first).map((g) => ({ values: g.values, records: g.records })),
  };
}
