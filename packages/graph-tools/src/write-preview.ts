import type { ExecuteOperation, ToolResult } from './run-graph-tool.ts';
import { executeTool } from './run-graph-tool.ts';

/** A preview lists at most this many records; the count says how many the write touches. */
export const MAX_PREVIEWED_RECORDS = 100;

type Variables = Record<string, unknown>;
type Fields = Record<string, unknown>;

const CURRENT_RECORDS = /* GraphQL */ `
  query CurrentRecords($baseId: ID!, $tableId: ID!, $filterByFormula: String!, $first: Int!) {
    records(baseId: $baseId, tableId: $tableId, filterByFormula: $filterByFormula, first: $first) {
      edges {
        node {
          id
          fields
        }
      }
    }
  }
`;

/** Text as an Airtable formula string literal. */
const literal = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
/** A field reference in an Airtable formula. */
const fieldRef = (name: string) => `{${name.replace(/\\/g, '\\\\').replace(/}/g, '\\}')}}`;

async function readRecords(
  execute: ExecuteOperation,
  baseId: unknown,
  tableId: unknown,
  filterByFormula: string,
): Promise<
  { ok: true; records: { id: string; fields: Fields }[] } | Extract<ToolResult, { ok: false }>
> {
  const result = await executeTool(
    CURRENT_RECORDS,
    { baseId, tableId, filterByFormula, first: MAX_PREVIEWED_RECORDS },
    execute,
  );
  if (!result.ok) return result;
  const edges = (result.data.records as { edges: { node: { id: string; fields: Fields } }[] })
    .edges;
  return { ok: true, records: edges.map((e) => e.node) };
}

const byIds = (ids: string[]) =>
  `OR(${ids.map((id) => `RECORD_ID() = ${literal(id)}`).join(', ')})`;

const pick = (fields: Fields, names: string[]) =>
  Object.fromEntries(names.map((name) => [name, fields[name] ?? null]));

/**
 * What a write tool would change, read through the graph without changing anything: the records
 * as they are now next to the change, or (for sync_tables) the tool's own dry run.
 */
export async function previewWrite(
  toolName: string,
  variables: Variables,
  execute: ExecuteOperation,
  runDryRun: () => Promise<ToolResult>,
): Promise<ToolResult> {
  const { baseId, tableId } = variables;
  switch (toolName) {
    case 'update_records': {
      const changes = variables.records as { id: string; fields: Fields }[];
      const shown = changes.slice(0, MAX_PREVIEWED_RECORDS);
      const current = await readRecords(execute, baseId, tableId, byIds(shown.map((c) => c.id)));
      if (!current.ok) return current;
      return preview(changes.length, {
        replace: variables.replace === true,
        records: shown.map((change) => {
          const now = current.records.find((r) => r.id === change.id);
          return {
            id: change.id,
            found: Boolean(now),
            // With replace, every other field is cleared too: show the whole record.
            current: now
              ? variables.replace === true
                ? now.fields
                : pick(now.fields, Object.keys(change.fields))
              : null,
            change: change.fields,
          };
        }),
      });
    }
    case 'delete_records': {
      const ids = variables.ids as string[];
      const current = await readRecords(
        execute,
        baseId,
        tableId,
        byIds(ids.slice(0, MAX_PREVIEWED_RECORDS)),
      );
      if (!current.ok) return current;
      return preview(ids.length, { delete: current.records });
    }
    case 'upsert_records': {
      const records = variables.records as { fields: Fields }[];
      const mergeOn = variables.fieldsToMergeOn as string[];
      const shown = records.slice(0, MAX_PREVIEWED_RECORDS);
      const matches = (fields: Fields) =>
        `AND(${mergeOn
          .map((name) => {
            const value = fields[name];
            return typeof value === 'number'
              ? `${fieldRef(name)} = ${value}`
              : `${fieldRef(name)} = ${literal(String(value ?? ''))}`;
          })
          .join(', ')})`;
      const current = await readRecords(
        execute,
        baseId,
        tableId,
        `OR(${shown.map((r) => matches(r.fields)).join(', ')})`,
      );
      if (!current.ok) return current;
      const same = (a: unknown, b: unknown) => String(a ?? '') === String(b ?? '');
      return preview(records.length, {
        fieldsToMergeOn: mergeOn,
        records: shown.map((record) => {
          const existing = current.records.find((r) =>
            mergeOn.every((name) => same(r.fields[name], record.fields[name])),
          );
          return existing
            ? {
                action: 'update',
                id: existing.id,
                current: pick(existing.fields, Object.keys(record.fields)),
                change: record.fields,
              }
            : { action: 'create', change: record.fields };
        }),
      });
    }
    case 'create_records': {
      const records = variables.records as { fields: Fields }[];
      return preview(records.length, { create: records.slice(0, MAX_PREVIEWED_RECORDS) });
    }
    case 'sync_tables': {
      const dry = await runDryRun();
      return dry.ok ? preview(null, dry.data) : dry;
    }
    default:
      // create_table, create_field and writes without records: the change is the input itself.
      return preview(null, { change: variables });
  }
}

function preview(count: number | null, change: Record<string, unknown>): ToolResult {
  return {
    ok: true,
    data: {
      confirmationRequired: true,
      message:
        'Nothing was changed: this workspace asks for confirmation before writes. Show the person ' +
        'this preview and, if they agree, call the tool again with the same arguments and confirm: true.',
      ...(count === null ? {} : { recordCount: count }),
      preview: change,
    },
  };
}
