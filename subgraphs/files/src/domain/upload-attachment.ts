import { OutboundRefused, sendOutbound } from '@pyairtable/outbound-http';
import { badUserInput, upstreamUnavailable, type Actor } from '@pyairtable/subgraph-kit';
import type { FilesDeps } from '../deps.ts';
import { attachFile, MAX_ATTACH_BYTES } from './attach-file.ts';
import { createFileRecord } from './create-upload.ts';
import { finishUpload } from './finish-upload.ts';

export interface UploadAttachmentInput {
  workspaceId: string;
  baseId: string;
  recordId: string;
  field: string;
  filename: string;
  /** The bytes, base64-encoded; or `url`. */
  contentBase64?: string | null;
  /** A public http(s) URL to fetch the bytes from; or `contentBase64`. */
  url?: string | null;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The bytes of a URL someone gave: SSRF rules, no redirects, at most MAX_ATTACH_BYTES. */
async function fetchBytes(deps: FilesDeps, url: string): Promise<Buffer> {
  try {
    const res = await sendOutbound(
      { url, method: 'GET', timeoutMs: 30_000, maxResponseBytes: MAX_ATTACH_BYTES + 1 },
      deps.outbound,
    );
    if (res.status !== 200) throw badUserInput(`The URL answered ${res.status}.`, 'url');
    if (res.truncated) throw badUserInput('The file at the URL is larger than 3.5 MB.', 'url');
    return res.bytes;
  } catch (error) {
    if (error instanceof OutboundRefused) throw badUserInput(error.message, 'url');
    if (error instanceof Error && 'extensions' in error) throw error;
    throw upstreamUnavailable('The URL could not be fetched.');
  }
}

/**
 * One step for tools (MCP `upload_attachment`): stores the given bytes as a file of the
 * workspace (size, quota and type checks as for any upload) and attaches it to the record.
 */
export async function uploadAttachment(
  deps: FilesDeps,
  actor: Actor,
  input: UploadAttachmentInput,
) {
  if (!input.contentBase64 === !input.url)
    throw badUserInput('Give either contentBase64 or url.', 'contentBase64');
  if (input.contentBase64 && !BASE64.test(input.contentBase64))
    throw badUserInput('contentBase64 is not base64.', 'contentBase64');
  const bytes = input.contentBase64
    ? Buffer.from(input.contentBase64, 'base64')
    : await fetchBytes(deps, input.url!);
  if (bytes.length > MAX_ATTACH_BYTES)
    throw badUserInput('Attachments given whole can have at most 3.5 MB.', 'contentBase64');
  const file = await createFileRecord(deps, actor, {
    workspaceId: input.workspaceId,
    filename: input.filename,
    size: bytes.length,
    contentType: 'application/octet-stream',
  });
  // One step: a file that cannot be attached is not kept either.
  const discard = async () => {
    await deps.storage.remove(file.id);
    await deps.db.deleteFile(file.id);
  };
  try {
    await deps.storage.writeWhole(file.id, bytes);
    const finished = await finishUpload(deps, file);
    if (!finished.ok) throw badUserInput(finished.reason, 'contentBase64');
    const attached = await attachFile(deps, actor, {
      fileId: file.id,
      baseId: input.baseId,
      recordId: input.recordId,
      field: input.field,
    });
    return { ...attached, file: finished.file };
  } catch (error) {
    await discard();
    throw error;
  }
}
