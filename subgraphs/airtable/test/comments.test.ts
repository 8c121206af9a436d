import { describe, expect, it } from 'vitest';
import { startAirtableSubgraph } from './harness.ts';

const LIST = `query ($b: ID!, $t: ID!, $r: ID!, $first: Int) {
  recordComments(baseId: $b, tableId: $t, recordId: $r, first: $first) {
    id text author { id email name } createdTime lastUpdatedTime
  }
}`;
const ADD = `mutation ($b: ID!, $t: ID!, $r: ID!, $text: String!) {
  addRecordComment(baseId: $b, tableId: $t, recordId: $r, text: $text) {
    id text author { id name } createdTime lastUpdatedTime
  }
}`;

describe('airtable: record comments', () => {
  it('reads and adds comments in Airtable, viewers read, editors write', async () => {
    const s = await startAirtableSubgraph();
    const deals = s.tableId('Deals');
    const direct = s.airtable;
    const dealId = (await direct('GET', 'Deals?maxRecords=1')).records[0].id as string;
    const vars = { b: s.baseId, t: deals, r: dealId };

    // A comment written directly in Airtable is read through (comments are not mirrored).
    await direct('POST', `Deals/${dealId}/comments`, { text: 'Written in Airtable' });
    const added = await s.as(s.owner)(ADD, { ...vars, text: '  Sent the quote  ' });
    expect(added.errors).toBeUndefined();
    expect(added.data!.addRecordComment).toMatchObject({
      id: expect.stringMatching(/^com/),
      text: 'Sent the quote',
      author: { id: expect.stringMatching(/^usr/), name: 'demo' },
      lastUpdatedTime: null,
    });
    const inAirtable = await direct('GET', `Deals/${dealId}/comments`);
    expect(inAirtable.comments.map((c: { text: string }) => c.text)).toEqual([
      'Sent the quote',
      'Written in Airtable',
    ]);

    const listed = await s.as(s.owner)(LIST, vars);
    expect(listed.data!.recordComments.map((c: { text: string }) => c.text)).toEqual([
      'Sent the quote',
      'Written in Airtable',
    ]);
    expect(listed.data!.recordComments[0]).toEqual({
      ...added.data!.addRecordComment,
      author: { ...added.data!.addRecordComment.author, email: expect.any(String) },
    });
    const newest = await s.as(s.owner)(LIST, { ...vars, first: 1 });
    expect(newest.data!.recordComments.map((c: { text: string }) => c.text)).toEqual([
      'Sent the quote',
    ]);

    // A viewer reads but may not comment; a stranger sees nothing.
    const viewer = await s.member('VIEWER');
    const viewerRead = await s.as(viewer)(LIST, vars);
    expect(viewerRead.data!.recordComments).toHaveLength(2);
    const viewerAdd = await s.as(viewer)(ADD, { ...vars, text: 'x' });
    expect(viewerAdd.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const stranger = s.factories.person('Stranger');
    const strangerRead = await s.as(stranger)(LIST, vars);
    expect(strangerRead.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await direct('GET', `Deals/${dealId}/comments`)).comments).toHaveLength(2);

    // Bad input and unknown records are typed errors.
    const code = async (query: string, variables: Record<string, unknown>) =>
      (await s.as(s.owner)(query, variables)).errors?.[0]?.extensions;
    expect(await code(ADD, { ...vars, text: '   ' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'text',
    });
    expect(await code(ADD, { ...vars, text: 'x'.repeat(10_001) })).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    expect(await code(LIST, { ...vars, first: 101 })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'first',
    });
    expect(await code(LIST, { ...vars, r: 'recNope1234567890' })).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await code(ADD, { ...vars, r: 'recNope1234567890', text: 'x' })).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await code(LIST, { ...vars, t: 'tblNope1234567890' })).toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
