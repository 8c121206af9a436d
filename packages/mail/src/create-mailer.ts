import nodemailer from 'nodemailer';

/** One email, in both HTML and plain text. */
export interface MailMessage {
  to: string;
  subject: string;
  html: string;
  text: string;
  /** Extra headers, e.g. List-Unsubscribe. */
  headers?: Record<string, string>;
}

export interface Mailer {
  /** False when no SMTP_URL is set: `send` then refuses, and callers skip email. */
  readonly configured: boolean;
  /** Hands the message to the SMTP server; resolves with its message id once accepted. */
  send(message: MailMessage): Promise<{ messageId: string }>;
  close(): Promise<void>;
}

/** A mailer over SMTP (nodemailer, pooled connections); unconfigured without a URL. */
export function createMailer(options: { smtpUrl?: string; from: string }): Mailer {
  if (!options.smtpUrl) {
    return {
      configured: false,
      send: async () => {
        throw new Error('Email is not configured: set SMTP_URL.');
      },
      close: async () => undefined,
    };
  }
  const transport = nodemailer.createTransport(options.smtpUrl, {
    from: options.from,
    pool: true,
    maxConnections: 3,
    connectionTimeout: 10_000,
    socketTimeout: 30_000,
  } as Parameters<typeof nodemailer.createTransport>[1]);
  return {
    configured: true,
    async send(message) {
      const info = await transport.sendMail({
        from: options.from,
        to: message.to,
        subject: message.subject,
        html: message.html,
        text: message.text,
        headers: message.headers,
      });
      return { messageId: String(info.messageId) };
    },
    close: async () => transport.close(),
  };
}
