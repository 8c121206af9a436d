import { createHash } from 'node:crypto';

/** The first entry of a chain links to this. */
export const GENESIS_HASH = '0'.repeat(64);

/** What an entry's hash covers: everything it says, its place in the chain and its link. */
export interface HashedFields {
  id: string;
  chain: string;
  position: bigint | string | number;
  workspaceId: string | null;
  at: Date | string;
  userId: string | null;
  apiKeyId: string | null;
  path: string;
  operation: string;
  outcome: string;
  errorCode: string | null;
  requestId: string | null;
  ip: string | null;
  userAgent: string | null;
  target: unknown;
  prevHash: string;
}

/** JSON with object keys sorted at every level, so a value hashes the same after a JSONB round trip. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** sha256 (hex) of an entry's canonical form. */
export function hashEntry(e: HashedFields): string {
  const at = typeof e.at === 'string' ? new Date(e.at) : e.at;
  return createHash('sha256')
    .update(
      canonicalJson({
        id: e.id,
        chain: e.chain,
        position: String(e.position),
        workspaceId: e.workspaceId,
        at: at.toISOString(),
        userId: e.userId,
        apiKeyId: e.apiKeyId,
        path: e.path,
        operation: e.operation,
        outcome: e.outcome,
        errorCode: e.errorCode,
        requestId: e.requestId,
        ip: e.ip,
        userAgent: e.userAgent,
        target: e.target,
        prevHash: e.prevHash,
      }),
    )
    .digest('hex');
}

/** The chain an entry of `workspaceId` belongs to. */
export const chainOf = (workspaceId: string | null) => workspaceId ?? 'platform';
