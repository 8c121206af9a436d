import { badUserInput, notFound, type Actor } from '@pyairtable/subgraph-kit';
import { linkedWorkspaceIds } from '../db.ts';
import type { AirtableDeps } from '../deps.ts';
import { applyRecords } from '../sync/apply-records.ts';
import { requireTable } from './access.ts';
import { checkWriteScope } from './check-write-scope.ts';
import { translateAirtableError } from './translate-airtable-error.ts';

/** Airtable's content API takes at most 5 MB per file. */
export const MAX_ATTACHMENT_UPLOAD_BYTES = 5 * 1024 * 1024;

export interface UploadAttachmentArgs {
  baseId: string;
  recordId: string;
  /** The attachment field's id or name. */
  field: string;
  contentType: string;
  /** The bytes, base64-encoded. */
  file: string;
  filename: string;
}

/**
 * Appends a file to a record's attachment field (editors who may write that field and record)
 * through Airtable's upload-attachment endpoint, then puts Airtable's answer (the attachment
 * with its id, url, size, type and thumbnails) in the mirror. Returns the record, by field id.
 */
export async function uploadAttachment(
  deps: AirtableDeps,
  actor: Actor,
  args: UploadAttachmentArgs,
) {
  const [row] = await deps.db.findRecords([args.recordId]);
  if (!row) throw notFound('Record', args.recordId);
  const { base, table, scope, connectionId } = await requireTable(
    deps,
    actor,
    args.baseId,
    row.tableId,
    'EDITOR',
  );
  const field = table.fields.find((f) => f.id === args.field || f.name === args.field);
  if (!field) throw badUserInput(`Unknown field "${args.field}" in table ${table.name}.`, 'field');
  if (field.type !== 'multipleAttachments')
    throw badUserInput(`Field "${field.name}" is not an attachment field.`, 'field');
  if (Buffer.byteLength(args.file, 'base64') > MAX_ATTACHMENT_UPLOAD_BYTES)
    throw badUserInput('Airtable takes attachments of at most 5 MB this way.', 'file');
  const existing = new Map([[row.id, row]]);
  await checkWriteScope(
    deps,
    scope,
    table.id,
    'UPDATE',
    [{ recordId: row.id, fields: { [field.id]: [] }, replace: false }],
    existing,
  );
  const client = await deps.clients.forConnection(connectionId);
  const record = await client
    .uploadAttachment(base.id, row.id, field.id, {
      contentType: args.contentType,
      file: args.file,
      filename: args.filename,
    })
    .catch((error: unknown) =>
      translateAirtableError(error, {
        scope: 'data.records:write',
        resource: 'Record',
        id: row.id,
      }),
    );
  await applyRecords(
    deps,
    {
      workspaceIds: linkedWorkspaceIds(base),
      baseId: base.id,
      tableId: table.id,
      source: 'platform',
      actorId: actor.userId,
      emit: true,
    },
    // Airtable may answer only the attachment field: the others stay as they were.
    [
      {
        id: record.id,
        createdTime: record.createdTime,
        fields: { ...row.cells, ...record.fields },
      },
    ],
  );
  actor.log.info({ baseId: base.id, recordId: row.id, fieldId: field.id }, 'attachment uploaded');
  return record;
}
