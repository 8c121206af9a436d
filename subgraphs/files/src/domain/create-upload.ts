import { badUserInput, conflict, type Actor } from '@pyairtable/subgraph-kit';
import type { FilesDeps } from '../deps.ts';
import { requireWorkspaceRole } from './access.ts';
import { sanitizeFilename } from './sanitize-filename.ts';

export interface CreateUploadInput {
  workspaceId: string;
  filename: string;
  size: number;
  contentType: string;
}

/**
 * Registers a file (editors) after the size limit and the workspace's quota, so nothing is
 * stored that would not fit; its size counts against the quota from here on. The bytes then
 * arrive through tus at `/files/uploads/<id>`.
 */
export async function createFileRecord(deps: FilesDeps, actor: Actor, input: CreateUploadInput) {
  await requireWorkspaceRole(deps, actor, input.workspaceId, 'EDITOR');
  const { FILES_MAX_FILE_BYTES: max, FILES_WORKSPACE_QUOTA_BYTES: quota } = deps.config;
  if (!Number.isSafeInteger(input.size) || input.size < 0)
    throw badUserInput('size must be a whole number of bytes.', 'size');
  if (input.size > max) throw badUserInput(`A file can have at most ${max} bytes.`, 'size');
  if (input.contentType.length > 255 || !/^[\w.+-]+\/[\w.+-]+$/.test(input.contentType))
    throw badUserInput('contentType must be a MIME type, like image/png.', 'contentType');
  if (input.filename.length > 1000) throw badUserInput('filename is too long.', 'filename');
  const file = await deps.db.insertFileWithinQuota(
    {
      workspaceId: input.workspaceId.toLowerCase(),
      filename: sanitizeFilename(input.filename),
      size: input.size,
      declaredType: input.contentType.toLowerCase(),
      createdById: actor.userId!,
    },
    quota,
  );
  if (!file)
    throw conflict(`This file would take the workspace past its storage quota of ${quota} bytes.`);
  actor.log.info({ fileId: file.id, size: input.size }, 'upload created');
  return file;
}

/** createUpload: the file's record and its empty tus upload, with the URL the bytes go to. */
export async function createUpload(deps: FilesDeps, actor: Actor, input: CreateUploadInput) {
  const file = await createFileRecord(deps, actor, input);
  await deps.storage.createUpload(file.id, input.size);
  return { file, uploadUrl: new URL(`/files/uploads/${file.id}`, deps.publicUrl()).toString() };
}
