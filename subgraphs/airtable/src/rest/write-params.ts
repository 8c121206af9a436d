import { badUserInput } from '@pyairtable/subgraph-kit';
import type { Request } from 'express';
import type { WriteArgs } from '../domain/write-records.ts';
import { list } from './list-params.ts';

// Airtable takes at most 10 records per request.
const MAX_RECORDS_PER_REQUEST = 10;

export type RestWriteKind = 'CREATE' | 'UPDATE' | 'DELETE';

/** An Airtable create/update/delete request (one record or many, upserts) as a write. */
export function parseWrite(
  req: Request,
  tableId: string,
  kind: RestWriteKind,
  replace: boolean,
): { args: WriteArgs; single: boolean; upsert: boolean } {
  const body = (req.body ?? {}) as Record<string, unknown>;
  const recordId = req.params.recordId as string | undefined;
  const single = kind !== 'DELETE' && (recordId !== undefined || !Array.isArray(body.records));
  const upsert = body.performUpsert as { fieldsToMergeOn?: string[] } | undefined;
  const records =
    kind === 'DELETE'
      ? (recordId ? [recordId] : list(req.query.records)).map((id) => ({ id: String(id) }))
      : single
        ? [{ id: recordId, fields: body.fields ?? {} }]
        : (body.records as { id?: string; fields?: unknown }[]);
  if (records.length > MAX_RECORDS_PER_REQUEST)
    throw badUserInput(
      `A maximum of ${MAX_RECORDS_PER_REQUEST} records can be written per request but you have provided ${records.length}.`,
      'records',
    );
  return {
    args: {
      baseId: String(req.params.baseId),
      tableId,
      kind: upsert ? 'UPSERT' : kind,
      records,
      typecast: body.typecast === true,
      replace,
      fieldsToMergeOn: upsert?.fieldsToMergeOn ?? null,
      idempotencyKey: req.header('idempotency-key') ?? null,
    },
    single,
    upsert: Boolean(upsert),
  };
}
