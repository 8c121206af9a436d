import { badUserInput, requireUser, uuidOrNotFound, type Actor } from '@pyairtable/subgraph-kit';
import type { PermissionsDeps } from '../deps.ts';
import { announceChange } from './announce-change.ts';
import { requireBaseAdmin, requireTableOf } from './require-base-admin.ts';
import { ACCESS_ROLES, isManager, type AccessRole } from './roles.ts';

export interface GrantBaseAccessInput {
  baseId: string;
  tableId?: string | null;
  userId?: string | null;
  email?: string | null;
  apiKeyId?: string | null;
  role: AccessRole;
  expiresAt?: Date | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Who a grant is for: exactly one member, invited email or API key. */
async function subjectOf(deps: PermissionsDeps, workspaceId: string, input: GrantBaseAccessInput) {
  const given = [input.userId, input.email, input.apiKeyId].filter((v) => v != null);
  if (given.length !== 1)
    throw badUserInput('Give exactly one of userId, email and apiKeyId.', 'userId');
  if (input.userId != null) {
    const userId = uuidOrNotFound(input.userId, 'Member');
    const role = await deps.memberships.roleOf(userId, workspaceId);
    if (!role) throw badUserInput('That person is not a member of this workspace.', 'userId');
    if (isManager(role))
      throw badUserInput('Owners and admins always have full access to their bases.', 'userId');
    return { userId, email: null, apiKeyId: null, subject: `user:${userId}` };
  }
  if (input.email != null) {
    const email = input.email.trim().toLowerCase();
    if (!EMAIL.test(email) || email.length > 320)
      throw badUserInput('That is not an email address.', 'email');
    return { userId: null, email, apiKeyId: null, subject: `email:${email}` };
  }
  const apiKeyId = uuidOrNotFound(input.apiKeyId!, 'API key');
  return { userId: null, email: null, apiKeyId, subject: `key:${apiKeyId}` };
}

/**
 * Gives a member, an invited email or an API key a role on a base or one of its tables
 * (admins). A second grant to the same subject and resource replaces the first.
 */
export async function grantBaseAccess(
  deps: PermissionsDeps,
  actor: Actor,
  input: GrantBaseAccessInput,
) {
  const base = await requireBaseAdmin(deps, actor, input.baseId);
  if (!ACCESS_ROLES.includes(input.role) || input.role === 'OWNER')
    throw badUserInput('A grant gives NONE, VIEWER, COMMENTER, EDITOR or ADMIN.', 'role');
  const table = input.tableId != null ? requireTableOf(base, input.tableId) : null;
  if (input.expiresAt && input.expiresAt <= deps.clock())
    throw badUserInput('The expiry must be in the future.', 'expiresAt');
  const subject = await subjectOf(deps, base.workspaceId, input);
  const grant = await deps.db.upsertGrant({
    workspaceId: base.workspaceId,
    baseId: base.id,
    tableId: table?.id ?? '',
    ...subject,
    role: input.role,
    expiresAt: input.expiresAt ?? null,
    createdById: requireUser(actor),
  });
  await announceChange(deps, base.workspaceId, base.id);
  actor.log.info(
    { baseId: base.id, tableId: table?.id, grantId: grant.id, role: input.role },
    'access granted',
  );
  return grant;
}
