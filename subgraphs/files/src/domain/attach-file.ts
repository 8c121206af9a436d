import {
  badUserInput,
  CONTEXT_HEADER,
  forbidden,
  notFound,
  REQUEST_ID_HEADER,
  signRequest,
  unauthenticated,
  upstreamUnavailable,
  type Actor,
} from '@pyairtable/subgraph-kit';
import { readFile } from 'node:fs/promises';
import type { FilesDeps } from '../deps.ts';
import { requireFile } from './access.ts';

/**
 * Airtable's content API takes 5 MB per file, but a signed request between services carries at
 * most 5 MB of body (subgraph-kit), and base64 adds a third: 3.5 MB fits.
 */
export const MAX_ATTACH_BYTES = 3.5 * 1024 * 1024;

export interface AttachFileInput {
  fileId: string;
  baseId: string;
  recordId: string;
  /** The attachment field's name or id. */
  field: string;
}

type AirtableAnswer = { id: string; fields: Record<string, unknown> };
type Attachment = { id: string; filename?: string; size?: number };

/** Airtable's refusal (as the airtable subgraph relays it) as the graph's error. */
function refusal(status: number, body: { error?: { message?: string } | string }) {
  const message = typeof body.error === 'object' ? body.error?.message : undefined;
  if (status === 401) return unauthenticated();
  if (status === 404 || (status === 403 && /not found/i.test(message ?? '')))
    return notFound('Record');
  if (status === 403) return forbidden(message);
  if (status >= 400 && status < 500)
    return badUserInput(message ?? 'Airtable refused it.', 'field');
  return upstreamUnavailable('Airtable did not take the attachment. Try again shortly.');
}

/**
 * Puts a READY file in a record's attachment field (editors of the file's workspace who may
 * write the record): its bytes go to Airtable's upload-attachment endpoint through the
 * airtable subgraph, which also updates the mirror. Returns the record's new attachment.
 */
export async function attachFile(deps: FilesDeps, actor: Actor, input: AttachFileInput) {
  const file = await requireFile(deps, actor, input.fileId, 'EDITOR');
  if (file.status !== 'READY') throw badUserInput('The file has not finished uploading.', 'fileId');
  if (Number(file.size) > MAX_ATTACH_BYTES)
    throw badUserInput('Attachments from uploads can have at most 3.5 MB.', 'fileId');
  const bytes = await readFile(deps.storage.filePath(file.id));
  const path = ['v0', input.baseId, input.recordId, input.field, 'uploadAttachment']
    .map(encodeURIComponent)
    .join('/');
  const payload = JSON.stringify({
    contentType: file.contentType,
    file: bytes.toString('base64'),
    filename: file.filename,
  });
  const res = await fetch(new URL(`/${path}`, deps.config.AIRTABLE_URL), {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      [REQUEST_ID_HEADER]: actor.requestId,
      [CONTEXT_HEADER]: signRequest(
        { ...actor.caller, issuedAt: Date.now() },
        { audience: 'airtable', method: 'POST', path: `/${path}`, body: payload },
        deps.config.GATEWAY_SIGNING_SECRET,
      ),
    },
    body: payload,
    signal: AbortSignal.timeout(60_000),
  }).catch(() => {
    throw upstreamUnavailable('The airtable service did not answer. Try again shortly.');
  });
  const body = (await res.json().catch(() => ({}))) as AirtableAnswer & { error?: never };
  if (!res.ok) throw refusal(res.status, body);
  // The newest attachment of this name and size: the one just added.
  const attachment = Object.values(body.fields ?? {})
    .filter(Array.isArray)
    .flat()
    .filter(
      (a): a is Attachment =>
        typeof a === 'object' &&
        a !== null &&
        (a as Attachment).filename === file.filename &&
        (a as Attachment).size === Number(file.size),
    )
    .at(-1);
  actor.log.info({ fileId: file.id, recordId: body.id }, 'file attached');
  return { recordId: body.id, file, attachment: attachment ?? null, fields: body.fields };
}
