import { z } from '@pyairtable/config';

/** Email settings every sending service shares. */
export const mailEnv = {
  /**
   * Where email goes: smtp://user:pass@host:587 (STARTTLS when offered) or smtps://…:465.
   * Unset: email is not sent (npm start sets it to its local mailbox).
   */
  SMTP_URL: z.string().url().optional(),
  /** The sender of every email. */
  MAIL_FROM: z.string().min(3).default('PyAirtable <no-reply@pyairtable.localhost>'),
};
