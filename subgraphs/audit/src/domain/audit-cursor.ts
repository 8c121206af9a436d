import { badUserInput } from '@pyairtable/subgraph-kit';

/** Opaque cursors over a bigint sequence. */
export const encodeCursor = (seq: bigint) => Buffer.from(`s:${seq}`).toString('base64url');

export function decodeCursor(cursor: string | null | undefined): bigint | null {
  if (!cursor) return null;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!/^s:\d{1,19}$/.test(text)) throw badUserInput('Invalid cursor.', 'after');
  return BigInt(text.slice(2));
}

/** `first` within 1..max. */
export function pageSize(first: number | null | undefined, max: number, fallback: number) {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 1 || n > max)
    throw badUserInput(`first must be between 1 and ${max}.`, 'first');
  return n;
}
