import { describe, expect, it } from 'vitest';
import { ALL_SCOPES, hashToken } from '../src/http/authenticate.ts';
import { startAirtableLocal } from './harness.ts';

describe('record comments API', () => {
  it('creates, pages newest first, edits and deletes comments by their author', async () => {
    const { api, baseId, store } = await startAirtableLocal();
    const [deal] = (await api('GET', `/v0/${baseId}/Deals?maxRecords=1`)).body.records;
    const path = `/v0/${baseId}/Deals/${deal.id}/comments`;

    expect((await api('GET', path)).body).toEqual({ comments: [], offset: null });
    const created = [];
    for (const text of ['first', 'second', 'third']) {
      const res = await api('POST', path, { text });
      expect(res.status).toBe(200);
      created.push(res.body);
    }
    expect(created[0]).toMatchObject({
      id: expect.stringMatching(/^com[A-Za-z0-9]{14}$/),
      author: { id: expect.stringMatching(/^usr[A-Za-z0-9]{14}$/), name: 'demo' },
      text: 'first',
      lastUpdatedTime: null,
    });
    expect(new Date(created[0].createdTime).toISOString()).toBe(created[0].createdTime);

    const page1 = (await api('GET', `${path}?pageSize=2`)).body;
    expect(page1.comments.map((c: { text: string }) => c.text)).toEqual(['third', 'second']);
    expect(page1.offset).toEqual(expect.any(String));
    const page2 = (await api('GET', `${path}?pageSize=2&offset=${page1.offset}`)).body;
    expect(page2).toEqual({ comments: [created[0]], offset: null });
    // The table may be named by id too; other records have their own comments.
    const tableId = (await store.findRecords([deal.id]))[0]!.tableId;
    expect(
      (await api('GET', `/v0/${baseId}/${tableId}/${deal.id}/comments`)).body.comments,
    ).toHaveLength(3);

    const edited = await api('PATCH', `${path}/${created[1].id}`, { text: 'second, edited' });
    expect(edited.body).toMatchObject({ id: created[1].id, text: 'second, edited' });
    expect(edited.body.lastUpdatedTime).toEqual(expect.any(String));

    // Another user (token) can read and comment, but not touch the demo user's comments.
    await store.insertToken(hashToken('patOtherUser'), 'Other User', ALL_SCOPES, null);
    const theirs = await api('POST', path, { text: 'mine' }, 'patOtherUser');
    expect(theirs.body.author.name).toBe('Other User');
    expect(theirs.body.author.id).not.toBe(created[0].author.id);
    const forbidden = await api('DELETE', `${path}/${created[0].id}`, undefined, 'patOtherUser');
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.error.type).toBe('INVALID_PERMISSIONS_OR_MODEL_NOT_FOUND');
    expect(
      (await api('PATCH', `${path}/${created[0].id}`, { text: 'x' }, 'patOtherUser')).status,
    ).toBe(403);

    expect((await api('DELETE', `${path}/${created[0].id}`)).body).toEqual({
      id: created[0].id,
      deleted: true,
    });
    expect((await api('GET', path)).body.comments.map((c: { text: string }) => c.text)).toEqual([
      'mine',
      'third',
      'second, edited',
    ]);
    expect((await api('DELETE', `${path}/${created[0].id}`)).status).toBe(404);
  });

  it('answers bad input, unknown records and missing scopes in Airtable format', async () => {
    const { api, baseId, store } = await startAirtableLocal();
    const [deal] = (await api('GET', `/v0/${baseId}/Deals?maxRecords=1`)).body.records;
    const [company] = (await api('GET', `/v0/${baseId}/Companies?maxRecords=1`)).body.records;
    const path = `/v0/${baseId}/Deals/${deal.id}/comments`;

    for (const body of [{}, { text: '' }, { text: '   ' }, { text: 42 }]) {
      const res = await api('POST', path, body);
      expect(res.status).toBe(422);
      expect(res.body.error.type).toBe('INVALID_REQUEST_UNKNOWN');
    }
    expect((await api('GET', `${path}?pageSize=101`)).body.error.type).toBe(
      'INVALID_REQUEST_UNKNOWN',
    );
    expect((await api('GET', `${path}?pageSize=0`)).status).toBe(422);
    expect((await api('GET', `${path}?offset=garbage`)).body.error.type).toBe(
      'INVALID_OFFSET_VALUE',
    );

    const unknown = await api('GET', `/v0/${baseId}/Deals/recNope1234567890/comments`);
    expect(unknown).toEqual({ status: 404, body: { error: 'NOT_FOUND' } });
    // A record of another table is not found through this one.
    expect(
      (await api('POST', `/v0/${baseId}/Deals/${company.id}/comments`, { text: 'x' })).status,
    ).toBe(404);
    expect((await api('PATCH', `${path}/comNope1234567890`, { text: 'x' })).status).toBe(404);
    expect((await api('GET', `/v0/${baseId}/Nope/${deal.id}/comments`)).status).toBe(403);

    await store.insertToken(hashToken('patRecordsOnly'), 'records', ['data.records:read'], null);
    await store.insertToken(
      hashToken('patCommentReader'),
      'reader',
      ['data.recordComments:read'],
      null,
    );
    expect((await api('GET', path, undefined, 'patRecordsOnly')).status).toBe(403);
    expect((await api('GET', path, undefined, 'patCommentReader')).status).toBe(200);
    expect((await api('POST', path, { text: 'x' }, 'patCommentReader')).status).toBe(403);
    expect((await api('GET', path)).body.comments).toEqual([]);
  });
});
