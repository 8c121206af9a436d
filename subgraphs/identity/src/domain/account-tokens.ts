import { layoutEmail } from '@pyairtable/mail';
import type { AccountTokenPurpose, User } from '../db.ts';
import type { IdentityDeps } from '../deps.ts';
import { hashSecret, newSecret } from './secrets.ts';

/** A password-reset link works once, for 30 minutes. */
export const PASSWORD_RESET_TTL_MS = 30 * 60_000;
/** A verification link works once, for 7 days. */
export const EMAIL_VERIFICATION_TTL_MS = 7 * 24 * 60 * 60_000;

const EMAILS: Record<
  AccountTokenPurpose,
  { ttlMs: number; path: string; subject: string; heading: string; lines: string[]; label: string }
> = {
  PASSWORD_RESET: {
    ttlMs: PASSWORD_RESET_TTL_MS,
    path: '/reset-password',
    subject: 'Reset your PyAirtable password',
    heading: 'Reset your password',
    lines: [
      'Someone (hopefully you) asked to reset the password of this PyAirtable account.',
      'The link works once, for 30 minutes. Choosing a new password signs you out everywhere.',
    ],
    label: 'Choose a new password',
  },
  EMAIL_VERIFICATION: {
    ttlMs: EMAIL_VERIFICATION_TTL_MS,
    path: '/verify-email',
    subject: 'Confirm your email address for PyAirtable',
    heading: 'Confirm your email address',
    lines: ['Confirm that this address is yours, so it can be used to recover the account.'],
    label: 'Confirm my address',
  },
};

/**
 * Issues a single-use token for `purpose` and emails its link to the user (the token is in
 * the email and nowhere else). Returns whether the mail server took it.
 */
export async function sendAccountEmail(
  deps: IdentityDeps,
  user: User,
  purpose: AccountTokenPurpose,
): Promise<boolean> {
  if (!deps.mailer.configured) {
    deps.logger.warn({ userId: user.id, purpose }, 'account email not sent: SMTP_URL is unset');
    return false;
  }
  const email = EMAILS[purpose];
  const token = newSecret();
  const now = deps.clock();
  await deps.db.issueAccountToken({
    userId: user.id,
    purpose,
    tokenHash: hashSecret(token),
    expiresAt: new Date(now.getTime() + email.ttlMs),
    now,
  });
  const link = new URL(email.path, deps.config.DASHBOARD_PUBLIC_URL);
  link.searchParams.set('token', token);
  const content = layoutEmail({
    heading: email.heading,
    paragraphs: email.lines,
    action: { label: email.label, url: link.toString() },
    footer: ['If you did not ask for this, ignore this email: nothing changes.'],
  });
  try {
    await deps.mailer.send({ to: user.email, subject: email.subject, ...content });
    return true;
  } catch (err) {
    deps.logger.warn({ err, userId: user.id, purpose }, 'account email not sent');
    return false;
  }
}
