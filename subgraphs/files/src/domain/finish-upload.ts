import sharp from 'sharp';
import type { File } from '../db.ts';
import type { FilesDeps } from '../deps.ts';
import { detectType, SNIFF_BYTES } from './detect-type.ts';

const THUMBNAIL_PX = 256;
// sharp decodes these; others (HEIC without a decoder, TIFF pages…) get no thumbnail.
const THUMBNAIL_TYPES = new Set([
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'image/avif',
  'image/tiff',
]);

export type FinishResult = { ok: true; file: File } | { ok: false; reason: string };

/**
 * Once every byte arrived: decides the type from the bytes, refuses (and deletes) what the
 * allow-list does not accept, then records the checksum and, for images, a thumbnail.
 */
export async function finishUpload(deps: FilesDeps, file: File): Promise<FinishResult> {
  const sample = await deps.storage.readStart(file.id, SNIFF_BYTES);
  const type = await detectType(sample, file.filename, sample.length < SNIFF_BYTES);
  const now = deps.clock();
  if (!type || !deps.allowType(type)) {
    const reason = type
      ? `Files of type ${type} are not accepted.`
      : 'The file’s content is of no accepted type.';
    await deps.storage.remove(file.id);
    await deps.db.markRejected(file.id, reason, now);
    deps.logger.info({ fileId: file.id, type }, 'upload refused');
    return { ok: false, reason };
  }
  const sha256 = await deps.storage.sha256(file.id);
  const image = THUMBNAIL_TYPES.has(type) ? await thumbnail(deps, file.id) : null;
  const ready = await deps.db.markReady(
    file.id,
    { contentType: type, sha256, hasThumbnail: image !== null, ...image },
    now,
  );
  return { ok: true, file: ready };
}

/** A JPEG at most 256 px on its longer side; null when the image cannot be decoded. */
async function thumbnail(deps: FilesDeps, id: string) {
  try {
    const source = sharp(deps.storage.filePath(id), { limitInputPixels: 100_000_000 });
    const { width, height } = await source.metadata();
    const jpeg = await source
      .rotate()
      .resize(THUMBNAIL_PX, THUMBNAIL_PX, { fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 80 })
      .toBuffer();
    await deps.storage.writeThumbnail(id, jpeg);
    return { width, height };
  } catch (error) {
    deps.logger.warn({ err: error, fileId: id }, 'no thumbnail');
    return null;
  }
}
