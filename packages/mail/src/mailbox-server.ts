// The local mailbox on its own (docker-compose's `mailbox` service): SMTP in, a page out.
import { DEFAULT_PORTS, loadConfig, port, z } from '@pyairtable/config';
import { startLocalMailbox } from './local-mailbox.ts';

const config = loadConfig({
  HOST: z.string().default('127.0.0.1'),
  MAILBOX_PORT: port(DEFAULT_PORTS.mailbox),
  MAILBOX_SMTP_PORT: port(2525),
});
const mailbox = await startLocalMailbox({
  host: config.HOST,
  httpPort: config.MAILBOX_PORT,
  smtpPort: config.MAILBOX_SMTP_PORT,
});
process.stdout.write(`local mailbox: ${mailbox.url} (SMTP ${mailbox.smtpUrl})\n`);
const stop = () => void mailbox.close().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
