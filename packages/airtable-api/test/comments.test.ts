import { describe, expect, it } from 'vitest';
import { AirtableApiError, createAirtableClient } from '../src/index.ts';
import { createRecordingFetch, startAirtableLocal, TOKEN } from './start-airtable-local.ts';

describe('record comments against airtable-local', () => {
  it('creates, pages, edits and deletes comments', async () => {
    const { url, baseId } = await startAirtableLocal();
    const recording = createRecordingFetch();
    const client = createAirtableClient({ apiUrl: url, token: TOKEN, fetch: recording.fetch });
    const [deal] = (await client.listRecordsPage(baseId, 'Deals', { pageSize: 1 })).records;
    const recordId = deal!.id;

    const first = await client.createComment(baseId, 'Deals', recordId, 'Call them Monday');
    const second = await client.createComment(baseId, 'Deals', recordId, 'Called; sending a quote');
    expect(first).toMatchObject({
      id: expect.stringMatching(/^com/),
      text: 'Call them Monday',
      author: { id: expect.stringMatching(/^usr/), email: expect.any(String) },
      lastUpdatedTime: null,
    });

    const page1 = await client.listComments(baseId, 'Deals', recordId, { pageSize: 1 });
    expect(page1.comments).toEqual([second]);
    expect(page1.offset).toEqual(expect.any(String));
    const page2 = await client.listComments(baseId, 'Deals', recordId, {
      pageSize: 1,
      offset: page1.offset!,
    });
    expect(page2).toEqual({ comments: [first], offset: null });

    const edited = await client.updateComment(baseId, 'Deals', recordId, first.id, 'Call Tuesday');
    expect(edited).toMatchObject({ id: first.id, text: 'Call Tuesday' });
    expect(edited.lastUpdatedTime).not.toBeNull();
    expect(await client.deleteComment(baseId, 'Deals', recordId, second.id)).toEqual({
      id: second.id,
      deleted: true,
    });
    expect((await client.listComments(baseId, 'Deals', recordId)).comments).toEqual([edited]);

    const path = `/v0/${baseId}/Deals/${recordId}/comments`;
    expect(recording.calls.slice(1).map((c) => `${c.method} ${new URL(c.url).pathname}`)).toEqual([
      `POST ${path}`,
      `POST ${path}`,
      `GET ${path}`,
      `GET ${path}`,
      `PATCH ${path}/${first.id}`,
      `DELETE ${path}/${second.id}`,
      `GET ${path}`,
    ]);

    const error = await client
      .listComments(baseId, 'Deals', 'recNope1234567890')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AirtableApiError);
    expect(error).toMatchObject({ status: 404, type: 'NOT_FOUND', retryable: false });
    await expect(client.createComment(baseId, 'Deals', recordId, '')).rejects.toMatchObject({
      status: 422,
      type: 'INVALID_REQUEST_UNKNOWN',
    });
  });
});
