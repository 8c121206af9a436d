import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
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
});
