import { createHash, randomBytes } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import sharp from 'sharp';
import { Upload } from 'tus-js-client';
import { describe, expect, it } from 'vitest';
import { CREATE_UPLOAD, FILE, startFiles, type Files, type Person } from './harness.ts';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function createUpload(
  app: Files,
  person: Person,
  filename: string,
  size: number,
  contentType = 'application/octet-stream',
) {
  return app.gql(person)(CREATE_UPLOAD, {
    input: { workspaceId: app.workspaceId, filename, size, contentType },
  });
}

/** Sends bytes from `offset` with one tus PATCH. */
async function patch(url: string, token: string, bytes: Uint8Array, offset: number) {
  return fetch(url, {
    method: 'PATCH',
    headers: {
      authorization: `Bearer ${token}`,
      'tus-resumable': '1.0.0',
      'upload-offset': String(offset),
      'content-type': 'application/offset+octet-stream',
    },
    body: bytes,
  });
}

async function offsetOf(url: string, token: string) {
  const res = await fetch(url, {
    method: 'HEAD',
    headers: { authorization: `Bearer ${token}`, 'tus-resumable': '1.0.0' },
  });
  return Number(res.headers.get('upload-offset'));
}

describe('uploads through the gateway (tus)', () => {
  it(
    'resumes an upload cut mid-way and ends with the same checksum',
    { timeout: 120_000 },
    async () => {
      const app = await startFiles();
      const bytes = new Uint8Array(randomBytes(3 * 1024 * 1024));
      // A ZIP's magic number, so the bytes are of an accepted type.
      bytes.set([0x50, 0x4b, 0x03, 0x04], 0);
      const created = await createUpload(
        app,
        app.owner,
        'archive.zip',
        bytes.length,
        'application/zip',
      );
      const { uploadUrl, file } = created.data!.createUpload;
      expect(file.status).toBe('UPLOADING');
      const token = await app.bearer(app.owner);

      // The connection is cut after ~1 MB: the client aborts a streamed body mid-way.
      const cut = new AbortController();
      const firstPart = bytes.subarray(0, 2 * 1024 * 1024);
      const body = new ReadableStream<Uint8Array>({
        async pull(controller) {
          controller.enqueue(firstPart.subarray(0, 1024 * 1024));
          await new Promise((resolve) => setImmediate(resolve));
          cut.abort();
          controller.close();
        },
      });
      await fetch(uploadUrl, {
        method: 'PATCH',
        headers: {
          authorization: `Bearer ${token}`,
          'tus-resumable': '1.0.0',
          'upload-offset': '0',
          'content-type': 'application/offset+octet-stream',
        },
        body,
        duplex: 'half',
        signal: cut.signal,
      } as RequestInit).catch(() => undefined);

      // tus-js-client resumes from what the server kept.
      let kept = -1;
      await expect
        .poll(async () => (kept = await offsetOf(uploadUrl, token)))
        .toBeLessThan(bytes.length);
      await new Promise<void>((resolve, reject) => {
        const upload = new Upload(Buffer.from(bytes), {
          uploadUrl,
          headers: { authorization: `Bearer ${token}` },
          chunkSize: 512 * 1024,
          retryDelays: [],
          onError: reject,
          onSuccess: () => resolve(),
        });
        upload.start();
      });
      expect(kept).toBeGreaterThan(0);

      const read = await app.gql(app.owner)(FILE, { id: file.id });
      const ready = read.data!.file;
      expect(ready).toMatchObject({
        status: 'READY',
        contentType: 'application/zip',
        sha256: sha256(bytes),
      });
      const download = await fetch(ready.downloadUrl);
      expect(download.status).toBe(200);
      expect(download.headers.get('content-disposition')).toMatch(
        /^attachment; filename="archive.zip"/,
      );
      expect(download.headers.get('x-content-type-options')).toBe('nosniff');
      expect(sha256(new Uint8Array(await download.arrayBuffer()))).toBe(sha256(bytes));
    },
  );

  it('refuses HTML bytes named .png and keeps none of them', { timeout: 120_000 }, async () => {
    const app = await startFiles();
    const html = new TextEncoder().encode('<!doctype html><html><script>alert(1)</script></html>');
    const created = await createUpload(app, app.owner, 'cat.png', html.length, 'image/png');
    const { uploadUrl, file } = created.data!.createUpload;

    const res = await patch(uploadUrl, await app.bearer(app.owner), html, 0);

    expect(res.status).toBe(415);
    const read = await app.gql(app.owner)(FILE, { id: file.id });
    expect(read.data!.file).toMatchObject({ status: 'REJECTED', downloadUrl: null });
    expect(read.data!.file.rejectedReason).toContain('text/html');
    expect(await readdir(app.storageDir)).toEqual([]);
  });

  it('refuses an upload past the quota before storing a byte', { timeout: 120_000 }, async () => {
    const app = await startFiles({ filesEnv: { FILES_WORKSPACE_QUOTA_BYTES: '1000' } });
    const first = await createUpload(app, app.owner, 'a.txt', 600, 'text/plain');
    expect(first.errors).toBeUndefined();

    const second = await createUpload(app, app.owner, 'b.txt', 600, 'text/plain');
    expect(second.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    // tus's own creation request is held to the same quota.
    const res = await fetch(new URL('/files/uploads', app.gatewayUrl), {
      method: 'POST',
      headers: {
        authorization: `Bearer ${await app.bearer(app.owner)}`,
        'tus-resumable': '1.0.0',
        'upload-length': '600',
        'upload-metadata': `workspaceId ${Buffer.from(app.workspaceId).toString('base64')},filename ${Buffer.from('c.txt').toString('base64')}`,
      },
    });
    expect(res.status).toBe(413);
    const files = await app.files.db.listFiles(app.workspaceId, 10);
    expect(files.map((f: { filename: string }) => f.filename)).toEqual(['a.txt']);
    expect((await readdir(app.storageDir)).filter((n) => !n.endsWith('.json'))).toHaveLength(1);
  });

  it(
    'makes a thumbnail of an image and serves it from a signed link',
    { timeout: 120_000 },
    async () => {
      const app = await startFiles();
      const png = await sharp({
        create: { width: 800, height: 400, channels: 3, background: '#3366ff' },
      })
        .png()
        .toBuffer();
      const created = await createUpload(
        app,
        app.owner,
        '../../etc/photo\u202e.png',
        png.length,
        'image/png',
      );
      const { uploadUrl, file } = created.data!.createUpload;
      expect(file.filename).toBe('photo.png');

      expect((await patch(uploadUrl, await app.bearer(app.owner), png, 0)).status).toBe(204);

      const ready = (await app.gql(app.owner)(FILE, { id: file.id })).data!.file;
      expect(ready).toMatchObject({
        status: 'READY',
        contentType: 'image/png',
        width: 800,
        height: 400,
      });
      const thumb = await fetch(ready.thumbnailUrl);
      expect(thumb.headers.get('content-type')).toBe('image/jpeg');
      const meta = await sharp(Buffer.from(await thumb.arrayBuffer())).metadata();
      expect([meta.width, meta.height]).toEqual([256, 128]);
      const forged = new URL(ready.downloadUrl);
      forged.searchParams.set('expires', String(Number(forged.searchParams.get('expires')) + 3600));
      expect((await fetch(forged)).status).toBe(403);
    },
  );

  it(
    'keeps files to their workspace and uploads to their uploader',
    { timeout: 120_000 },
    async () => {
      const app = await startFiles();
      const viewer = await app.member('VIEWER');
      const editor = await app.member('EDITOR');
      const outsider = app.factories.person('Outsider');
      const created = await createUpload(app, app.owner, 'notes.txt', 5, 'text/plain');
      const { uploadUrl, file } = created.data!.createUpload;

      expect((await createUpload(app, viewer, 'v.txt', 5)).errors?.[0]?.extensions?.code).toBe(
        'FORBIDDEN',
      );
      expect(
        (await patch(uploadUrl, await app.bearer(editor), new TextEncoder().encode('hello'), 0))
          .status,
      ).toBe(404);
      expect((await fetch(uploadUrl, { method: 'PATCH' })).status).toBe(401);
      expect((await app.gql(outsider)(FILE, { id: file.id })).errors?.[0]?.extensions?.code).toBe(
        'NOT_FOUND',
      );
      expect((await app.gql(viewer)(FILE, { id: file.id })).data!.file.id).toBe(file.id);
      const deleted = await app.gql(editor)(`mutation ($id: ID!) { deleteFile(id: $id) }`, {
        id: file.id,
      });
      expect(deleted.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const byOwner = await app.gql(app.owner)(`mutation ($id: ID!) { deleteFile(id: $id) }`, {
        id: file.id,
      });
      expect(byOwner.data?.deleteFile).toBe(true);
      expect(await readdir(app.storageDir)).toEqual([]);
    },
  );
});
