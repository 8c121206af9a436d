import { getVariableValues, Kind, parse, type OperationDefinitionNode } from 'graphql';
import { loadApiSchema } from './api-schema.ts';
import type { GraphTool } from './load-graph-tools.ts';

export interface OperationError {
  message: string;
  extensions?: Record<string, unknown>;
}

/** Runs an operation through the gateway as the caller (the MCP server's and assistant's transport). */
export type ExecuteOperation = (
  document: string,
  variables: Record<string, unknown>,
) => Promise<{ data?: Record<string, unknown> | null; errors?: readonly OperationError[] }>;

export type ToolResult =
  { ok: true; data: Record<string, unknown> } | { ok: false; error: string; code: string };

/** Checks the arguments against the tool's variables: the coerced variables, or a clear message. */
export function checkToolArguments(
  tool: GraphTool,
  args: unknown,
): { ok: true; variables: Record<string, unknown> } | { ok: false; error: string } {
  const input = args ?? {};
  if (typeof input !== 'object' || Array.isArray(input)) {
    return { ok: false, error: `The arguments of ${tool.name} must be an object.` };
  }
  const known = Object.keys(tool.inputSchema.properties);
  const unknown = Object.keys(input).filter((key) => !known.includes(key));
  if (unknown.length > 0) {
    const expected = known.length > 0 ? `; ${tool.name} takes ${known.join(', ')}` : '';
    return {
      ok: false,
      error: `Unknown argument ${unknown.map((k) => `"${k}"`).join(', ')}${expected}.`,
    };
  }
  const operation = parse(tool.document).definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const result = getVariableValues(
    loadApiSchema(),
    operation?.variableDefinitions ?? [],
    input as Record<string, unknown>,
    { maxErrors: 10 },
  );
  if (result.errors) {
    return {
      ok: false,
      // The model sees arguments, not variables.
      error: result.errors
        .map((e) => e.message.replace(/^Variable "\$(\w+)"/, 'Argument "$1"'))
        .join('\n'),
    };
  }
  return { ok: true, variables: result.coerced };
}

/** Checks args against the tool's variables (clear message on bad input), runs it, returns data or a clear error. */
export async function runGraphTool(
  tool: GraphTool,
  args: unknown,
  execute: ExecuteOperation,
): Promise<ToolResult> {
  const checked = checkToolArguments(tool, args);
  if (!checked.ok) return { ok: false, error: checked.error, code: 'BAD_USER_INPUT' };
  return executeTool(tool.document, checked.variables, execute);
}

/** Runs a document and turns GraphQL errors or a failed transport into one clear error. */
export async function executeTool(
  document: string,
  variables: Record<string, unknown>,
  execute: ExecuteOperation,
): Promise<ToolResult> {
  let response: Awaited<ReturnType<ExecuteOperation>>;
  try {
    response = await execute(document, variables);
  } catch (error) {
    return {
      ok: false,
      error: `The API could not be reached: ${(error as Error).message}`,
      code: 'UPSTREAM_UNAVAILABLE',
    };
  }
  if (response.errors && response.errors.length > 0) {
    const first = response.errors[0];
    const code = first?.extensions?.code;
    return {
      ok: false,
      error: response.errors.map((e) => e.message).join('\n'),
      code: typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR',
    };
  }
  if (!response.data) {
    return { ok: false, error: 'The API returned no data.', code: 'INTERNAL_SERVER_ERROR' };
  }
  return { ok: true, data: response.data };
}
