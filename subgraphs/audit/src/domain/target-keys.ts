import type { AuditTarget } from '@pyairtable/audit-client';

/** The ids and names of a target, lowercased, for the `target` filter (a GIN index). */
export function targetKeys(target: AuditTarget): string[] {
  const keys = [
    target.workspaceId,
    target.baseId,
    target.tableId,
    target.id,
    target.email,
    ...(target.recordIds ?? []),
    ...(target.fieldNames ?? []),
  ].filter((k): k is string => Boolean(k));
  return [...new Set(keys.map((k) => k.toLowerCase()))];
}
