import {
  badUserInput,
  notFound,
  requireUser,
  uuidOrNotFound,
  type Actor,
} from '@pyairtable/subgraph-kit';
import type { FieldAccess } from '../db.ts';
import type { PermissionsDeps } from '../deps.ts';
import { announceChange } from './announce-change.ts';
import { requireBaseAdmin, requireTableOf } from './require-base-admin.ts';
import { isManager, type AccessRole } from './roles.ts';

export interface SetFieldAccessInput {
  baseId: string;
  tableId: string;
  field: string;
  role?: AccessRole | null;
  userId?: string | null;
  access: FieldAccess;
}

/**
 * Hides a field, makes it read-only, or editable again, for a role or one member (admins).
 * A member's own rule wins over their role's. Returns the rule, or null when the role's
 * field is editable again (no rule needed).
 */
export async function setFieldAccess(
  deps: PermissionsDeps,
  actor: Actor,
  input: SetFieldAccessInput,
) {
  const base = await requireBaseAdmin(deps, actor, input.baseId);
  const table = requireTableOf(base, input.tableId);
  const field =
    table.fields.find((f) => f.id === input.field) ??
    table.fields.find((f) => f.name === input.field);
  if (!field) throw notFound('Field', input.field);
  if ((input.role == null) === (input.userId == null))
    throw badUserInput('Give exactly one of role and userId.', 'role');
  if (input.role != null && isManager(input.role))
    throw badUserInput('Owners and admins always see and edit every field.', 'role');
  const subject =
    input.role != null ? `role:${input.role}` : `user:${uuidOrNotFound(input.userId!, 'Member')}`;
  const where = { workspaceId: base.workspaceId, tableId: table.id, fieldId: field.id, subject };
  const rule =
    input.access === 'EDITABLE' && input.role != null
      ? (await deps.db.deleteFieldRule(where), null)
      : await deps.db.upsertFieldRule({
          ...where,
          baseId: base.id,
          access: input.access,
          createdById: requireUser(actor),
        });
  await announceChange(deps, base.workspaceId, base.id);
  actor.log.info(
    { baseId: base.id, tableId: table.id, fieldId: field.id, access: input.access },
    'field access set',
  );
  return rule;
}
