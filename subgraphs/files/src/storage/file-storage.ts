import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { FileStore } from '@tus/file-store';
import { Upload } from '@tus/utils';

/**
 * The bytes of files in a folder: tus's FileStore keeps each upload at `<dir>/<id>` (with its
 * tus state in `<id>.json`); a thumbnail sits beside it in `<id>.thumb.jpg`.
 */
export function createFileStorage(directory: string) {
  const datastore = new FileStore({ directory });
  const pathOf = (id: string) => path.join(directory, id);
  const thumbnailPath = (id: string) => path.join(directory, `${id}.thumb.jpg`);

  return {
    datastore,
    /** Makes the empty upload the tus endpoint then fills. */
    async createUpload(id: string, size: number) {
      await mkdir(directory, { recursive: true });
      await datastore.create(new Upload({ id, size, offset: 0 }));
    },
    /** The first `bytes` bytes (fewer when the file is shorter). */
    async readStart(id: string, bytes: number): Promise<Uint8Array> {
      const handle = await open(pathOf(id), 'r');
      try {
        const buffer = Buffer.alloc(bytes);
        const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
        return buffer.subarray(0, bytesRead);
      } finally {
        await handle.close();
      }
    },
    async sha256(id: string): Promise<string> {
      const hash = createHash('sha256');
      for await (const chunk of createReadStream(pathOf(id))) hash.update(chunk as Buffer);
      return hash.digest('hex');
    },
    read: (id: string) => createReadStream(pathOf(id)),
    readThumbnail: (id: string) => createReadStream(thumbnailPath(id)),
    filePath: pathOf,
    writeThumbnail: (id: string, jpeg: Buffer) => writeFile(thumbnailPath(id), jpeg),
    /** Stores a file received whole (not through tus). */
    async writeWhole(id: string, bytes: Buffer) {
      await mkdir(directory, { recursive: true });
      await writeFile(pathOf(id), bytes);
    },
    async remove(id: string) {
      await Promise.all([
        rm(pathOf(id), { force: true }),
        rm(`${pathOf(id)}.json`, { force: true }),
        rm(thumbnailPath(id), { force: true }),
      ]);
    },
  };
}

export type FileStorage = ReturnType<typeof createFileStorage>;
