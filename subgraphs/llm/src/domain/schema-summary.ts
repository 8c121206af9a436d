import type { ExecuteOperation } from '@pyairtable/graph-tools';
import { upstreamUnavailable } from '@pyairtable/subgraph-kit';
import { truncateToTokens } from './count-tokens.ts';

const SCHEMA_QUERY = /* GraphQL */ `
  query AssistantSchemaSummary($workspaceId: ID!) {
    workspace(id: $workspaceId) {
      name
      role
      bases {
        id
        name
        tables {
          id
          name
          description
          recordCount
          primaryField {
            name
          }
          fields {
            name
            type
            options
          }
        }
      }
    }
  }
`;

interface SchemaField {
  name: string;
  type: string;
  options?: Record<string, unknown> | null;
}

interface SchemaWorkspace {
  name: string;
  role: string;
  bases: {
    id: string;
    name: string;
    tables: {
      id: string;
      name: string;
      description: string | null;
      recordCount: number;
      primaryField: { name: string };
      fields: SchemaField[];
    }[];
  }[];
}

// The summary is part of every prompt; past this it is cut (the model can still ask the tools).
const MAX_SUMMARY_TOKENS = 4_000;
const MAX_CHOICES = 25;

function describeField(field: SchemaField, primary: string): string {
  const notes: string[] = [field.type];
  const options = field.options ?? {};
  const choices = (options as { choices?: { name?: unknown }[] }).choices;
  if (Array.isArray(choices) && choices.length > 0) {
    const names = choices.slice(0, MAX_CHOICES).map((c) => JSON.stringify(String(c.name)));
    notes.push(`${names.join(', ')}${choices.length > MAX_CHOICES ? ', …' : ''}`);
  }
  const symbol = (options as { symbol?: unknown }).symbol;
  if (typeof symbol === 'string') notes.push(symbol);
  const linked = (options as { linkedTableId?: unknown }).linkedTableId;
  if (typeof linked === 'string') notes.push(`links to ${linked}`);
  if (field.name === primary) notes.push('primary');
  return `${field.name} (${notes.join('; ')})`;
}

/** The workspace's bases, tables and fields as prompt text. */
export function formatSchemaSummary(workspace: SchemaWorkspace): string {
  const lines = [`Workspace "${workspace.name}" (the user's role: ${workspace.role}).`];
  if (workspace.bases.length === 0) lines.push('It has no synced Airtable bases yet.');
  for (const base of workspace.bases) {
    lines.push(`Base "${base.name}" (id ${base.id}):`);
    for (const table of base.tables) {
      const about = table.description ? ` — ${table.description}` : '';
      const fields = table.fields.map((f) => describeField(f, table.primaryField.name));
      lines.push(
        `- Table "${table.name}" (id ${table.id}, ${table.recordCount} records)${about}. Fields: ${fields.join(', ')}.`,
      );
    }
  }
  const { text, cut } = truncateToTokens(lines.join('\n'), MAX_SUMMARY_TOKENS);
  return cut
    ? `${text}\n[Schema cut for length: use list_tables / describe_table for more.]`
    : text;
}

/** Reads the workspace's schema through the gateway as the person asking. */
export async function readSchemaSummary(
  execute: ExecuteOperation,
  workspaceId: string,
): Promise<string> {
  let response: Awaited<ReturnType<ExecuteOperation>>;
  try {
    response = await execute(SCHEMA_QUERY, { workspaceId });
  } catch (error) {
    throw upstreamUnavailable(
      `The assistant could not read the workspace's bases through the gateway: ${(error as Error).message}.`,
    );
  }
  const workspace = response.data?.workspace as SchemaWorkspace | null | undefined;
  if (!workspace) {
    const reason = response.errors?.[0]?.message ?? 'no workspace in the answer';
    throw upstreamUnavailable(
      `The assistant could not read the workspace's bases through the gateway: ${reason}`,
    );
  }
  return formatSchemaSummary(workspace);
}
