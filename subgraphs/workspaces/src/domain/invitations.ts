import { createHash, randomBytes } from 'node:crypto';
import {
  badUserInput,
  conflict,
  forbidden,
  notFound,
  uuidOrNotFound,
  roleAtLeast,
} from '@pyairtable/subgraph-kit';
import type { WorkspaceRole } from '../db.ts';
import type { WorkspacesDeps } from '../deps.ts';
import { announce } from './announce.ts';
import { sendInvitationEmail } from './send-invitation-email.ts';
import { validEmail } from './validate.ts';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Invites an email to a workspace; the token goes to the invitee and is never stored. */
export async function inviteMember(
  deps: WorkspacesDeps,
  inviter: { userId: string; role: WorkspaceRole; email: string | null },
  input: { workspaceId: string; email: string; role: WorkspaceRole },
) {
  if (input.role === 'OWNER')
    throw badUserInput('Invite as admin, then transfer ownership.', 'role');
  if (!roleAtLeast(inviter.role, input.role))
    throw forbidden('You cannot invite someone with a higher role than yours.');
  const email = validEmail(input.email);
  const token = `inv_${randomBytes(32).toString('base64url')}`;
  const expiresAt = new Date(deps.clock().getTime() + deps.config.INVITATION_TTL_DAYS * 86_400_000);
  const invitation = await deps.db.insertInvitation({
    workspaceId: input.workspaceId,
    email,
    role: input.role,
    tokenHash: hashToken(token),
    invitedById: inviter.userId,
    expiresAt,
  });
  deps.logger.info(
    { workspaceId: input.workspaceId, invitationId: invitation.id },
    'member invited',
  );
  const [workspace] = await deps.db.findWorkspaces([input.workspaceId]);
  const emailSent = await sendInvitationEmail(deps, invitation, {
    token,
    workspaceName: workspace?.name ?? 'a workspace',
    inviterEmail: inviter.email,
  });
  await announce(deps, 'member.invited', {
    workspaceId: input.workspaceId,
    invitationId: invitation.id,
    email,
    role: input.role,
    invitedById: inviter.userId,
  });
  return { invitation, token, emailSent };
}

/** The pending invitation a token names, or null when unknown, used, withdrawn or expired. */
export async function findPendingInvitation(deps: WorkspacesDeps, token: string) {
  const invitation = await deps.db.findInvitationByTokenHash(hashToken(token));
  if (
    !invitation ||
    invitation.acceptedAt ||
    invitation.revokedAt ||
    invitation.expiresAt <= deps.clock()
  )
    return null;
  return invitation;
}

/** Accepts an invitation for the caller, whose email must be the one invited. */
export async function acceptInvitation(
  deps: WorkspacesDeps,
  caller: { userId: string; email: string | null },
  token: string,
) {
  const invitation = await findPendingInvitation(deps, token);
  if (!invitation) throw notFound('Invitation');
  if (invitation.email !== caller.email)
    throw forbidden('This invitation was sent to a different email address.');
  const outcome = await deps.db.acceptInvitation(invitation.id, caller.userId, deps.clock());
  if (outcome === 'gone') throw notFound('Invitation');
  if (outcome === 'member') throw conflict('You are already a member of this workspace.');
  deps.logger.info(
    { workspaceId: invitation.workspaceId, userId: caller.userId },
    'invitation accepted',
  );
  await announce(deps, 'member.joined', {
    workspaceId: invitation.workspaceId,
    userId: caller.userId,
    role: invitation.role,
  });
  return invitation.workspace;
}

/** Withdraws a pending invitation of the given workspace. */
export async function revokeInvitation(
  deps: WorkspacesDeps,
  workspaceId: string,
  invitationId: string,
) {
  const invitation = await deps.db.findInvitation(invitationId);
  if (!invitation || invitation.workspaceId !== workspaceId)
    throw notFound('Invitation', invitationId);
  if (invitation.acceptedAt) throw conflict('This invitation was already accepted.');
  return invitation.revokedAt ? invitation : deps.db.revokeInvitation(invitationId, deps.clock());
}

/** The workspace an invitation belongs to, for the access check before revoking it. */
export async function invitationWorkspaceId(
  deps: WorkspacesDeps,
  invitationId: string,
): Promise<string> {
  const invitation = await deps.db.findInvitation(uuidOrNotFound(invitationId, 'Invitation'));
  if (!invitation) throw notFound('Invitation', invitationId);
  return invitation.workspaceId;
}
