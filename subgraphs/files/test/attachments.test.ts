import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import sharp from 'sharp';
import { describe, expect, it, onTestFinished } from 'vitest';
import { CREATE_UPLOAD, startFiles, type Files, type Person } from './harness.ts';

const ATTACH = `mutation ($input: AttachFileInput!) {
  attachFile(input: $input) { recordId attachment }
}`;

/** Uploads bytes in one tus PATCH and returns the READY file's id. */
async function upload(
  app: Files,
  person: Person,
  filename: string,
  bytes: Uint8Array,
  type: string,
) {
  const created = await app.gql(person)(CREATE_UPLOAD, {
    input: { workspaceId: app.workspaceId, filename, size: bytes.length, contentType: type },
  });
  const { uploadUrl, file } = created.data!.createUpload;
  const res = await fetch(uploadUrl, {
    method: 'PATCH',
    headers: {
      authorization: `Bearer ${await app.bearer(person)}`,
      'tus-resumable': '1.0.0',
      'upload-offset': '0',
      'content-type': 'application/offset+octet-stream',
    },
    body: bytes,
  });
  expect(res.status).toBe(204);
  return file.id as string;
}

describe('attachments', () => {
  it(
    'attaches an uploaded image to a record: in airtable-local and in the mirror, as Airtable shapes it',
    { timeout: 120_000 },
    async () => {
      const app = await startFiles();
      const png = await sharp({
        create: { width: 64, height: 64, channels: 3, background: '#ff0000' },
      })
        .png()
        .toBuffer();
      const fileId = await upload(app, app.owner, 'logo.png', png, 'image/png');
      const companies = app.tableId('Companies');
      const listed = await app.airtable('GET', 'Companies?maxRecords=1');
      const recordId = listed.records[0].id as string;

      const res = await app.gql(app.owner)(ATTACH, {
        input: { fileId, baseId: app.baseId, recordId, field: 'Logo' },
      });

      expect(res.errors).toBeUndefined();
      const attachment = res.data!.attachFile.attachment;
      expect(attachment).toMatchObject({
        filename: 'logo.png',
        size: png.length,
        type: 'image/png',
      });
      expect(attachment.id).toMatch(/^att/);
      expect(attachment.thumbnails.small.url).toEqual(expect.any(String));
      // In Airtable (airtable-local), with the bytes it serves back.
      const inAirtable = await app.airtable('GET', `Companies/${recordId}`);
      const stored = inAirtable.fields.Logo.find((a: { id: string }) => a.id === attachment.id);
      expect(stored).toMatchObject({ filename: 'logo.png', size: png.length });
      const bytes = Buffer.from(await (await fetch(stored.url)).arrayBuffer());
      expect(bytes.equals(png)).toBe(true);
      // In the mirror: read through the gateway.
      const read = await app.gql(app.owner)(
        `query ($b: ID!, $t: ID!, $id: ID!) { record(baseId: $b, tableId: $t, id: $id) { fields } }`,
        { b: app.baseId, t: companies, id: recordId },
      );
      expect(read.data!.record.fields.Logo).toContainEqual(
        expect.objectContaining({ id: attachment.id, url: stored.url }),
      );
      // The other cells were kept.
      expect(read.data!.record.fields.Name).toBe(listed.records[0].fields.Name);
    },
  );

  it('refuses viewers and fields that hold no attachments', { timeout: 120_000 }, async () => {
    const app = await startFiles();
    const viewer = await app.member('VIEWER');
    const fileId = await upload(
      app,
      app.owner,
      'notes.txt',
      new TextEncoder().encode('hello'),
      'text/plain',
    );
    const listed = await app.airtable('GET', 'Companies?maxRecords=1');
    const input = { fileId, baseId: app.baseId, recordId: listed.records[0].id, field: 'Logo' };

    const byViewer = await app.gql(viewer)(ATTACH, { input });
    const onText = await app.gql(app.owner)(ATTACH, { input: { ...input, field: 'Name' } });

    expect(byViewer.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(onText.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const after = await app.airtable('GET', `Companies/${input.recordId}`);
    expect(after.fields.Logo ?? []).toEqual(listed.records[0].fields.Logo ?? []);
  });

  it(
    'uploads and attaches in one step from base64 or a URL, the URL checked against the SSRF rules',
    { timeout: 120_000 },
    async () => {
      const png = await sharp({
        create: { width: 8, height: 8, channels: 3, background: '#00ff00' },
      })
        .png()
        .toBuffer();
      const server = createServer(
        (_req, res) => void res.writeHead(200, { 'content-type': 'image/png' }).end(png),
      );
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/pic.png`;
      const UPLOAD = `mutation ($input: UploadAttachmentInput!) {
      uploadAttachment(input: $input) { recordId attachment file { id status contentType } }
    }`;
      const strict = await startFiles();
      const listed = await strict.airtable('GET', 'Companies?maxRecords=1');
      const input = {
        workspaceId: strict.workspaceId,
        baseId: strict.baseId,
        recordId: listed.records[0].id,
        field: 'Logo',
        filename: 'pic.png',
      };

      const fromBase64 = await strict.gql(strict.owner)(UPLOAD, {
        input: { ...input, contentBase64: png.toString('base64') },
      });
      const loopback = await strict.gql(strict.owner)(UPLOAD, { input: { ...input, url } });

      expect(fromBase64.errors).toBeUndefined();
      expect(fromBase64.data!.uploadAttachment).toMatchObject({
        file: { status: 'READY', contentType: 'image/png' },
        attachment: { filename: 'pic.png', size: png.length },
      });
      expect(loopback.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const allowed = await startFiles({ filesEnv: { FILES_ALLOW_HOSTS: '127.0.0.1' } });
      const company = (await allowed.airtable('GET', 'Companies?maxRecords=1')).records[0];
      const fromUrl = await allowed.gql(allowed.owner)(UPLOAD, {
        input: {
          ...input,
          workspaceId: allowed.workspaceId,
          baseId: allowed.baseId,
          recordId: company.id,
          url,
        },
      });
      expect(fromUrl.errors).toBeUndefined();
      expect(fromUrl.data!.uploadAttachment.attachment).toMatchObject({
        filename: 'pic.png',
        size: png.length,
        type: 'image/png',
      });
    },
  );
});
