import { simpleParser, type AddressObject } from 'mailparser';
import type { Readable } from 'node:stream';

/** An email as the local mailbox (or a test) received it. */
export interface ReceivedMessage {
  id: string;
  receivedAt: Date;
  /** The SMTP envelope: who the server was asked to deliver to. */
  envelopeTo: string[];
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string | null;
  headers: Record<string, string>;
}

const addresses = (value: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(value) ? value : value ? [value] : []).flatMap((a) =>
    a.value.map((v) => v.address ?? ''),
  );

/** Parses a raw message stream into what a mailbox shows. */
export async function parseReceivedMessage(
  id: string,
  stream: Readable,
  envelopeTo: string[],
): Promise<ReceivedMessage> {
  const mail = await simpleParser(stream);
  const headers: Record<string, string> = {};
  for (const line of mail.headerLines) {
    const colon = line.line.indexOf(':');
    headers[line.key] = line.line.slice(colon + 1).trim();
  }
  return {
    id,
    receivedAt: new Date(),
    envelopeTo,
    from: mail.from?.text ?? '',
    to: addresses(mail.to),
    subject: mail.subject ?? '',
    text: mail.text ?? '',
    html: typeof mail.html === 'string' ? mail.html : null,
    headers,
  };
}
