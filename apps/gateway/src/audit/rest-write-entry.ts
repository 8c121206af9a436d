import type { AuditOutcome, AuditTarget } from '@pyairtable/audit-client';

const OPERATIONS: Record<string, string> = {
  POST: 'rest.createRecords',
  PATCH: 'rest.updateRecords',
  PUT: 'rest.replaceRecords',
  DELETE: 'rest.deleteRecords',
};

function parseJson(body: Buffer | undefined): Record<string, unknown> {
  try {
    const parsed: unknown = body && body.length ? JSON.parse(body.toString('utf8')) : {};
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/**
 * The operation and target of a /v0 write (not a read): base, table, record ids (from the
 * path, the `records[]` query of a batch delete, or the body) and field names. Field values
 * are not copied (record history has them, from the change log).
 */
export function restWriteEntry(method: string, path: string, body: Buffer | undefined) {
  const operation = OPERATIONS[method];
  if (!operation) return null;
  const [rawPath = '', query = ''] = path.split('?');
  const segments = rawPath.split('/').slice(2).filter(Boolean).map(decodeURIComponent);
  if (segments[0] === 'meta')
    return {
      operation: `rest.meta.${method.toLowerCase()}`,
      target: { method, ...(segments[2] ? { baseId: segments[2] } : {}) },
    };
  const [baseId, tableId, recordId] = segments;
  const json = parseJson(body);
  const records = Array.isArray(json.records) ? (json.records as Record<string, unknown>[]) : [];
  const recordIds = [
    ...(recordId ? [recordId] : []),
    ...records.map((r) => r?.id).filter((id): id is string => typeof id === 'string'),
    ...new URLSearchParams(query).getAll('records[]'),
  ];
  const fields = [...records.map((r) => r?.fields), ...(json.fields ? [json.fields] : [])].filter(
    (f): f is Record<string, unknown> => !!f && typeof f === 'object',
  );
  const fieldNames = [...new Set(fields.flatMap((f) => Object.keys(f)))];
  const target: AuditTarget = {
    method,
    ...(baseId ? { baseId } : {}),
    ...(tableId ? { tableId } : {}),
    ...(recordIds.length ? { recordIds: recordIds.slice(0, 1000) } : {}),
    ...(fieldNames.length ? { fieldNames: fieldNames.slice(0, 1000) } : {}),
  };
  return { operation, target };
}

/** ok for 2xx, refused (with Airtable's error type) for 4xx, failed otherwise. */
export function restOutcome(
  status: number,
  body: Buffer,
): { outcome: AuditOutcome; errorCode: string | null } {
  if (status < 400) return { outcome: 'ok', errorCode: null };
  const error = parseJson(body).error;
  const type =
    typeof error === 'string'
      ? error
      : typeof (error as { type?: unknown })?.type === 'string'
        ? (error as { type: string }).type
        : `HTTP_${status}`;
  return { outcome: status < 500 ? 'refused' : 'failed', errorCode: type.slice(0, 60) };
}
