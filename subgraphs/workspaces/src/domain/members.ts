import {
  badUserInput,
  conflict,
  forbidden,
  notFound,
  uuidOrNotFound,
  roleAtLeast,
} from '@pyairtable/subgraph-kit';
import type { Membership, WorkspaceRole } from '../db.ts';
import type { WorkspacesDeps } from '../deps.ts';
import { announce } from './announce.ts';

async function findMember(
  deps: WorkspacesDeps,
  workspaceId: string,
  userId: string,
): Promise<Membership> {
  const [member] = await deps.db.findMemberships([
    { workspaceId, userId: uuidOrNotFound(userId, 'Member') },
  ]);
  if (!member) throw notFound('Member', userId);
  return member;
}

/** Changes a member's role. Ownership only moves through transferOwnership. */
export async function changeMemberRole(
  deps: WorkspacesDeps,
  actor: Membership,
  input: { workspaceId: string; userId: string; role: WorkspaceRole },
) {
  if (input.role === 'OWNER')
    throw badUserInput('Use transferOwnership to make someone the owner.', 'role');
  const member = await findMember(deps, input.workspaceId, input.userId);
  if (member.role === 'OWNER')
    throw forbidden("The owner's role changes only by transferring ownership.");
  if (!roleAtLeast(actor.role, member.role) || !roleAtLeast(actor.role, input.role)) {
    throw forbidden('You cannot change the role of someone above you, or give a role above yours.');
  }
  return deps.db.updateMemberRole(input.workspaceId, member.userId, input.role);
}

/** Removes a member; the owner cannot be removed. */
export async function removeMember(
  deps: WorkspacesDeps,
  actor: Membership,
  input: { workspaceId: string; userId: string },
) {
  const member = await findMember(deps, input.workspaceId, input.userId);
  if (member.role === 'OWNER')
    throw forbidden('The owner cannot be removed. Transfer ownership first.');
  if (!roleAtLeast(actor.role, member.role))
    throw forbidden('You cannot remove someone with a higher role than yours.');
  await deps.db.deleteMembership(input.workspaceId, member.userId);
  await announce(deps, 'member.removed', {
    workspaceId: input.workspaceId,
    userId: member.userId,
    removedById: actor.userId,
  });
  return true;
}

/** Leaves a workspace; an owner must hand over ownership first, so a workspace always has one. */
export async function leaveWorkspace(
  deps: WorkspacesDeps,
  membership: Membership,
): Promise<boolean> {
  if (membership.role === 'OWNER')
    throw conflict('The owner cannot leave. Transfer ownership first.');
  await deps.db.deleteMembership(membership.workspaceId, membership.userId);
  await announce(deps, 'member.removed', {
    workspaceId: membership.workspaceId,
    userId: membership.userId,
    removedById: null,
  });
  return true;
}

/** Makes another member the owner; the previous owner becomes an admin. */
export async function transferOwnership(
  deps: WorkspacesDeps,
  owner: Membership,
  newOwnerId: string,
) {
  const member = await findMember(deps, owner.workspaceId, newOwnerId);
  if (member.userId === owner.userId)
    throw badUserInput('You already own this workspace.', 'userId');
  if (!(await deps.db.transferOwnership(owner.workspaceId, owner.userId, member.userId))) {
    throw conflict('Ownership changed meanwhile. Reload and try again.');
  }
  deps.logger.info(
    { workspaceId: owner.workspaceId, from: owner.userId, to: member.userId },
    'ownership transferred',
  );
  const [workspace] = await deps.db.findWorkspaces([owner.workspaceId]);
  return workspace;
}
