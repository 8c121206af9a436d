import { layoutEmail, type MailMessage } from '@pyairtable/mail';
import type { Notification, NotificationKind } from '../db.ts';
import { signUnsubscribe } from '../domain/unsubscribe-token.ts';

const ACTION: Record<NotificationKind, string> = {
  MENTION: 'Open the record',
  ASSIGNMENT: 'Open the record',
  INVITATION: 'Open PyAirtable',
  SYNC_FAILED: 'See the base',
  WEBHOOK_DISABLED: 'See the webhook',
  BUDGET_WARNING: 'See the budget',
  BUDGET_EXCEEDED: 'See the budget',
  WORKFLOW_FAILED: 'See the run',
  WORKFLOW_MESSAGE: 'See the automation',
};

const WHY: Record<NotificationKind, string> = {
  MENTION: 'you were mentioned in a comment',
  ASSIGNMENT: 'a record was assigned to you',
  INVITATION: 'you were invited to a workspace',
  SYNC_FAILED: 'you administer this workspace',
  WEBHOOK_DISABLED: 'you administer this workspace',
  BUDGET_WARNING: 'an assistant budget you are covered by is running out',
  BUDGET_EXCEEDED: 'an assistant budget you are covered by is used up',
  WORKFLOW_FAILED: 'you own this workflow',
  WORKFLOW_MESSAGE: 'an automation of your workspace sends you its messages',
};

export interface EmailLinks {
  dashboardUrl: string;
  secret: string;
}

function unsubscribeUrl(
  links: EmailLinks,
  to: { userId: string | null; email: string },
  kind: NotificationKind | null,
) {
  const url = new URL('/unsubscribe', links.dashboardUrl);
  url.searchParams.set('token', signUnsubscribe(links.secret, { ...to, kind }));
  return url.toString();
}

/** The email of one notification: HTML and text, its link, and a one-click unsubscribe. */
export function notificationEmail(n: Notification, links: EmailLinks): MailMessage {
  const to = { userId: n.userId, email: n.email! };
  const unsubscribe = unsubscribeUrl(links, to, n.kind);
  const content = layoutEmail({
    heading: n.title,
    paragraphs: [n.body],
    ...(n.url
      ? { action: { label: ACTION[n.kind], url: new URL(n.url, links.dashboardUrl).toString() } }
      : {}),
    footer: [
      `You get this because ${WHY[n.kind]}.`,
      `Choose what you receive: ${new URL('/', links.dashboardUrl).toString()} → Account.`,
    ],
    unsubscribeUrl: unsubscribe,
  });
  return {
    to: n.email!,
    subject: n.title,
    ...content,
    headers: { 'List-Unsubscribe': `<${unsubscribe}>` },
  };
}

/** The daily digest of one person's notifications. */
export function digestEmail(
  to: { userId: string | null; email: string },
  items: readonly Notification[],
  links: EmailLinks,
): MailMessage {
  const unsubscribe = unsubscribeUrl(links, to, null);
  const content = layoutEmail({
    heading: `Your PyAirtable digest: ${items.length} notification${items.length === 1 ? '' : 's'}`,
    paragraphs: items.map(
      (n) =>
        `• ${n.title} — ${n.body}${n.url ? ` (${new URL(n.url, links.dashboardUrl).toString()})` : ''}`,
    ),
    action: { label: 'Open PyAirtable', url: new URL('/', links.dashboardUrl).toString() },
    footer: ['You chose a daily digest for these kinds of notification.'],
    unsubscribeUrl: unsubscribe,
  });
  return {
    to: to.email,
    subject: content.text.split('\n')[0]!,
    ...content,
    headers: { 'List-Unsubscribe': `<${unsubscribe}>` },
  };
}
