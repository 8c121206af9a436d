import { pino, type DestinationStream, type Logger } from 'pino';

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

/**
 * The process's root logger; create one per process and pass it down. Logs go to stdout unless
 * a destination is given (a stdio MCP server keeps stdout for the protocol).
 */
export function createLogger(
  name: string,
  level = 'info',
  destination?: DestinationStream,
): Logger {
  const options = { name, level, redact: { paths: REDACT, censor: '[redacted]' } };
  return destination ? pino(options, destination) : pino(options);
}
