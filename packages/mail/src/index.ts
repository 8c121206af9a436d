export { createMailer, type Mailer, type MailMessage } from './create-mailer.ts';
export { layoutEmail, type EmailContent } from './layout-email.ts';
export { startLocalMailbox, type LocalMailbox } from './local-mailbox.ts';
export { mailEnv } from './mail-env.ts';
export type { ReceivedMessage } from './received-message.ts';
