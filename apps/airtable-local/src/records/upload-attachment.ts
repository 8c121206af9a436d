import type { Express } from 'express';
import { createFieldComputer } from '../fields/compute-fields.ts';
import { ApiError, invalidRequest, modelNotFound } from '../http/api-error.ts';
import { newId } from '../ids.ts';
import type { Store } from '../store.ts';
import { findField } from './find-table.ts';
import { renderRecord } from './render-record.ts';
import { updateRecords, type WriteDeps } from './write-records.ts';

/** Airtable's content API takes files up to 5 MB this way; bigger ones go by URL. */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * POST /v0/{baseId}/{recordId}/{attachmentFieldIdOrName}/uploadAttachment, as Airtable's
 * content API (content.airtable.com) takes it: `{ contentType, file (base64), filename }`.
 * Appends the attachment to the record's cell and answers the record with every field by id.
 */
export async function uploadAttachment(
  deps: WriteDeps,
  options: { baseId: string; recordId: string; field: string; publicUrl: string },
  body: Record<string, unknown>,
) {
  const { contentType, file, filename } = body;
  if (typeof contentType !== 'string' || !/^[\w.+-]+\/[\w.+-]+$/.test(contentType))
    throw invalidRequest('contentType must be a MIME type');
  if (typeof filename !== 'string' || filename.length === 0 || filename.length > 1000)
    throw invalidRequest('filename is required');
  if (typeof file !== 'string' || !BASE64.test(file))
    throw invalidRequest('file must be the base64-encoded content');
  const bytes = Buffer.from(file, 'base64');
  if (bytes.length > MAX_UPLOAD_BYTES)
    throw new ApiError(413, 'INVALID_REQUEST_UNKNOWN', 'The file is larger than 5 MB');
  const schema = (await deps.store.loadSchema(options.baseId))!;
  const [row] = await deps.store.findRecords([options.recordId]);
  const table = row && schema.tables.find((t) => t.id === row.tableId);
  if (!row || !table) throw modelNotFound();
  const field = findField(table, options.field);
  if (field.type !== 'multipleAttachments')
    throw invalidRequest(`Field "${field.name}" is not an attachment field`);
  const id = newId('att');
  await deps.store.insertAttachmentContent({
    id,
    baseId: options.baseId,
    filename,
    contentType,
    bytes,
  });
  const url = new URL(
    `/attachments/content/${id}/${encodeURIComponent(filename)}`,
    options.publicUrl,
  ).toString();
  const existing = Array.isArray(row.cells[field.id]) ? (row.cells[field.id] as unknown[]) : [];
  await updateRecords(
    deps,
    options.baseId,
    table.id,
    {
      records: [
        {
          id: row.id,
          fields: {
            [field.id]: [...existing, { id, url, filename, size: bytes.length, type: contentType }],
          },
        },
      ],
    },
    false,
  );
  const [updated] = await deps.store.findRecords([row.id]);
  const [full] = await createFieldComputer(deps.store, schema, deps.now).compute(table, [updated!]);
  return renderRecord(table, full!, { returnFieldsByFieldId: true });
}

/** GET /attachments/content/{id}/{filename}: uploaded bytes, as a download. */
export function addAttachmentContent(app: Express, store: Store) {
  app.get('/attachments/content/:id/:filename', async (req, res, next) => {
    try {
      const found = await store.findAttachmentContent(String(req.params.id));
      if (!found) return void res.status(404).json({ error: 'NOT_FOUND' });
      res
        .set('content-type', found.contentType)
        .set('x-content-type-options', 'nosniff')
        .set('content-disposition', 'attachment')
        .send(found.bytes);
    } catch (error) {
      next(error);
    }
  });
}
