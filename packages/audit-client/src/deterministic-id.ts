import { createHash } from 'node:crypto';

/**
 * A UUID derived from `key`: emitters that may record the same fact twice (several gateway
 * replicas, "first use per day") use it as the entry id, so the audit log keeps it once.
 */
export function deterministicId(key: string): string {
  const hex = createHash('sha256').update(key).digest('hex');
  // Version 8 (custom) with the RFC 9562 variant bits.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
