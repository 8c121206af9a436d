import { randomBytes } from 'node:crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** An Airtable-style id: a three-letter prefix and 14 alphanumerics (recXXXXXXXXXXXXXX). */
export function newId(
  prefix: 'app' | 'tbl' | 'fld' | 'viw' | 'rec' | 'sel' | 'ach' | 'att' | 'usr' | 'com',
): string {
  const bytes = randomBytes(14);
  let id = prefix;
  for (const byte of bytes) id += ALPHABET[byte % ALPHABET.length];
  return id;
}

/** True when a string looks like an id of the given kind. */
export function isId(value: string, prefix: string): boolean {
  return value.length === 17 && value.startsWith(prefix) && /^[A-Za-z0-9]+$/.test(value);
}
