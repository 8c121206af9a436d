import type { ExecuteOperation, ToolResult } from './run-graph-tool.ts';
import { executeTool } from './run-graph-tool.ts';

/** The argument every write tool takes to apply a change the workspace wants confirmed. */
export const CONFIRM_ARGUMENT = 'confirm';

export const CONFIRM_SCHEMA = {
  type: 'boolean',
  description:
    'Apply the change. In workspaces that ask for confirmation, a call without confirm: true ' +
    'only returns a preview of the change; call again with confirm: true once the person agreed.',
  default: false,
} as const;

export const WRITE_CONFIRMATION_SETTING = /* GraphQL */ `
  query WriteConfirmationSetting($baseId: ID!) {
    base(id: $baseId) {
      workspace {
        settings {
          requireWriteConfirmation
        }
      }
    }
  }
`;

/** The base a write goes to: `baseId`, or the target/base of an `input` object. */
export function writeBaseId(variables: Record<string, unknown>): string | undefined {
  const input = (variables.input ?? {}) as Record<string, unknown>;
  const found = variables.baseId ?? input.targetBaseId ?? input.baseId ?? input.sourceBaseId;
  return typeof found === 'string' ? found : undefined;
}

/** Whether the workspace of the write's base asks for confirmation; an error result otherwise. */
export async function requiresConfirmation(
  variables: Record<string, unknown>,
  execute: ExecuteOperation,
): Promise<{ ok: true; required: boolean } | Extract<ToolResult, { ok: false }>> {
  const baseId = writeBaseId(variables);
  // Every write tool names its base; one that does not is not a workspace write.
  if (!baseId) return { ok: true, required: false };
  const result = await executeTool(WRITE_CONFIRMATION_SETTING, { baseId }, execute);
  if (!result.ok) return result;
  const base = result.data.base as {
    workspace: { settings: { requireWriteConfirmation: boolean } };
  } | null;
  if (!base) return { ok: false, error: `Base ${baseId} was not found.`, code: 'NOT_FOUND' };
  return { ok: true, required: base.workspace.settings.requireWriteConfirmation };
}
