import type { SendRequest } from './send-request.ts';

/** A file for Airtable's content API: at most 5 MB, base64-encoded. */
export interface AttachmentUpload {
  contentType: string;
  /** The file's bytes, base64-encoded. */
  file: string;
  filename: string;
}

/** The record after an upload: its cells keyed by field id. */
export interface UploadedAttachmentRecord {
  id: string;
  createdTime: string;
  fields: Record<string, unknown>;
}

/** Airtable's upload-attachment endpoint (content.airtable.com; scope `data.records:write`). */
export function createAttachmentsApi(send: SendRequest) {
  return {
    /** Appends a file to a record's attachment field. */
    uploadAttachment(
      baseId: string,
      recordId: string,
      fieldIdOrName: string,
      upload: AttachmentUpload,
    ): Promise<UploadedAttachmentRecord> {
      return send({
        method: 'POST',
        host: 'content',
        path: `/v0/${encodeURIComponent(baseId)}/${encodeURIComponent(recordId)}/${encodeURIComponent(fieldIdOrName)}/uploadAttachment`,
        body: upload,
        baseId,
      });
    },
  };
}
