import { pino, type Logger } from 'pino';

export type { Logger };

/** Paths never written to logs: credentials, tokens, secrets and cell values. */
const REDACT = [
  'password',
  '*.password',
  '*.newPassword',
  '*.currentPassword',
  'token',
  '*.token',
  '*.refreshToken',
  '*.accessToken',
  '*.secret',
  'req.headers.authorization',
  'req.headers.cookie',
  `req.headers["x-pyairtable-context"]`,
  '*.fields',
];

/** The process's root logger; create one per process and pass it down. */
export function createLogger(name: string, level = 'info'): Logger {
  return pino({ name, level, redact: { paths: REDACT, censor: '[redacted]' } });
}
