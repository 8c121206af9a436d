import { layoutEmail } from '@pyairtable/mail';
import type { WorkspaceRole } from '../db.ts';
import type { WorkspacesDeps } from '../deps.ts';

const ROLE_WORDS: Record<WorkspaceRole, string> = {
  OWNER: 'the owner',
  ADMIN: 'an admin',
  EDITOR: 'an editor',
  VIEWER: 'a viewer',
};

/**
 * Emails the invitee their link (the token is in it and nowhere else). Returns whether the
 * SMTP server took it: the inviter still has the token to pass on when it did not.
 */
export async function sendInvitationEmail(
  deps: WorkspacesDeps,
  invitation: { id: string; email: string; role: WorkspaceRole; expiresAt: Date },
  context: { token: string; workspaceName: string; inviterEmail: string | null },
): Promise<boolean> {
  if (!deps.mailer.configured) return false;
  const link = new URL(`/invite/${context.token}`, deps.config.DASHBOARD_PUBLIC_URL).toString();
  const who = context.inviterEmail ?? 'A workspace admin';
  const content = layoutEmail({
    heading: `Join ${context.workspaceName} on PyAirtable`,
    paragraphs: [
      `${who} invited you to the workspace “${context.workspaceName}” as ${ROLE_WORDS[invitation.role]}.`,
      `The link works once, for ${invitation.email}, until ${invitation.expiresAt.toUTCString()}.`,
    ],
    action: { label: 'Accept the invitation', url: link },
    footer: ['If you did not expect this, ignore this email: nothing happens unless you accept.'],
  });
  try {
    await deps.mailer.send({
      to: invitation.email,
      subject: `${who} invited you to ${context.workspaceName}`,
      ...content,
    });
    return true;
  } catch (err) {
    deps.logger.warn({ err, invitationId: invitation.id }, 'invitation email not sent');
    return false;
  }
}
