import { hintFor } from './error-hints.ts';
import { getVariableValues, Kind, parse, type OperationDefinitionNode } from 'graphql';
import { loadApiSchema } from './api-schema.ts';
import { CONFIRM_ARGUMENT, requiresConfirmation } from './confirm-writes.ts';
import type { GraphTool } from './load-graph-tools.ts';
import { previewWrite } from './write-preview.ts';

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
  | { ok: true; data: Record<string, unknown> }
  | { ok: false; error: string; code: string; hint?: string };

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

/**
 * Checks args against the tool's variables (clear message on bad input), runs it, returns data or
 * a clear error. A write in a workspace that asks for confirmation returns a preview instead,
 * unless the arguments say `confirm: true`.
 */
export async function runGraphTool(
  tool: GraphTool,
  args: unknown,
  execute: ExecuteOperation,
): Promise<ToolResult> {
  let confirmed = false;
  let rest = args;
  if (tool.mutates && args && typeof args === 'object' && CONFIRM_ARGUMENT in args) {
    const { [CONFIRM_ARGUMENT]: confirm, ...others } = args as Record<string, unknown>;
    if (typeof confirm !== 'boolean') {
      return {
        ok: false,
        error: 'Argument "confirm" must be true or false.',
        code: 'BAD_USER_INPUT',
      };
    }
    confirmed = confirm;
    rest = others;
  }
  const checked = checkToolArguments(tool, rest);
  if (!checked.ok) return { ok: false, error: checked.error, code: 'BAD_USER_INPUT' };
  const { variables } = checked;
  const input = variables.input as Record<string, unknown> | undefined;
  // A dry run changes nothing, so it needs no confirmation.
  if (tool.mutates && !confirmed && input?.dryRun !== true) {
    const setting = await requiresConfirmation(variables, execute);
    if (!setting.ok) return setting;
    if (setting.required) {
      return previewWrite(tool.name, variables, execute, () =>
        executeTool(tool.document, { ...variables, input: { ...input, dryRun: true } }, execute),
      );
    }
  }
  return executeTool(tool.document, variables, execute);
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
    const code =
      typeof first?.extensions?.code === 'string' ? first.extensions.code : 'INTERNAL_SERVER_ERROR';
    const error = response.errors.map((e) => e.message).join('\n');
    const hint = hintFor(code, error);
    return { ok: false, error, code, ...(hint ? { hint } : {}) };
  }
  if (!response.data) {
    return { ok: false, error: 'The API returned no data.', code: 'INTERNAL_SERVER_ERROR' };
  }
  return { ok: true, data: response.data };
}
