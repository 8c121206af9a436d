import { compileFormula, FormulaError } from '@pyairtable/formula';
import { badUserInput, requireUser, type Actor } from '@pyairtable/subgraph-kit';
import type { PermissionsDeps } from '../deps.ts';
import { announceChange } from './announce-change.ts';
import { requireBaseAdmin, requireTableOf } from './require-base-admin.ts';
import { isManager, type AccessRole } from './roles.ts';

/** Formulas are short; a rule is evaluated on every record a member reads. */
const MAX_FORMULA_LENGTH = 2_000;

/**
 * Limits the records a role sees in a table to those where a formula is truthy (admins);
 * a null formula removes the rule. The formula is checked against the table's fields.
 */
export async function setRowRule(
  deps: PermissionsDeps,
  actor: Actor,
  input: { baseId: string; tableId: string; role: AccessRole; formula?: string | null },
) {
  const base = await requireBaseAdmin(deps, actor, input.baseId);
  const table = requireTableOf(base, input.tableId);
  if (isManager(input.role) || input.role === 'NONE')
    throw badUserInput('Row rules apply to viewers, commenters and editors.', 'role');
  const where = { workspaceId: base.workspaceId, tableId: table.id, role: input.role };
  const formula = input.formula?.trim();
  if (!formula) {
    await deps.db.deleteRowRule(where);
    await announceChange(deps, base.workspaceId, base.id);
    return null;
  }
  if (formula.length > MAX_FORMULA_LENGTH)
    throw badUserInput(`A row rule has at most ${MAX_FORMULA_LENGTH} characters.`, 'formula');
  try {
    compileFormula(formula, {
      fields: table.fields.map((f) => ({ ...f, options: f.options ?? undefined })),
      callerFunctions: true,
    });
  } catch (error) {
    if (error instanceof FormulaError) throw badUserInput(error.message, 'formula');
    throw error;
  }
  const rule = await deps.db.upsertRowRule({
    ...where,
    baseId: base.id,
    formula,
    createdById: requireUser(actor),
  });
  await announceChange(deps, base.workspaceId, base.id);
  actor.log.info({ baseId: base.id, tableId: table.id, role: input.role }, 'row rule set');
  return rule;
}
