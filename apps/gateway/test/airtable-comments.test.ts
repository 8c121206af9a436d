import { describe, expect, it } from 'vitest';
import { AIRTABLE_TOKEN, startAirtableStack, tableId } from './airtable-stack.ts';
import { signUp } from './stack.ts';

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

describe('airtable: record comments through the gateway', () => {
  it('reads and adds comments in Airtable, viewers read, editors write', async () => {
    const s = await startAirtableStack();
    const deals = await tableId(s, 'Deals');
    const direct = async (method: string, path: string, body?: unknown) => {
      const res = await fetch(`${s.local.url}/v0/${s.baseId}/${path}`, {
        method,
        headers: { authorization: `Bearer ${AIRTABLE_TOKEN}`, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return (await res.json()) as any;
    };
    const dealId = (await direct('GET', 'Deals?maxRecords=1')).records[0].id as string;
    const vars = { b: s.baseId, t: deals, r: dealId };

    // A comment written directly in Airtable is read through (comments are not mirrored).
    await direct('POST', `Deals/${dealId}/comments`, { text: 'Written in Airtable' });
    const added = await s.stack.execute(
      ADD,
      { ...vars, text: '  Sent the quote  ' },
      s.owner.accessToken,
    );
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

    const listed = await s.stack.execute(LIST, vars, s.owner.accessToken);
    expect(listed.data!.recordComments.map((c: { text: string }) => c.text)).toEqual([
      'Sent the quote',
      'Written in Airtable',
    ]);
    expect(listed.data!.recordComments[0]).toEqual({
      ...added.data!.addRecordComment,
      author: { ...added.data!.addRecordComment.author, email: expect.any(String) },
    });
    const newest = await s.stack.execute(LIST, { ...vars, first: 1 }, s.owner.accessToken);
    expect(newest.data!.recordComments.map((c: { text: string }) => c.text)).toEqual([
      'Sent the quote',
    ]);

    // A viewer reads but may not comment; a stranger sees nothing.
    const viewer = await signUp(s.stack, 'Viewer');
    const { token } = (
      await s.stack.execute(
        `mutation ($i: InviteMemberInput!) { inviteMember(input: $i) { token } }`,
        { i: { workspaceId: s.workspaceId, email: viewer.email, role: 'VIEWER' } },
        s.owner.accessToken,
      )
    ).data!.inviteMember;
    await s.stack.execute(
      `mutation ($t: String!) { acceptInvitation(token: $t) { id } }`,
      { t: token },
      viewer.accessToken,
    );
    const viewerRead = await s.stack.execute(LIST, vars, viewer.accessToken);
    expect(viewerRead.data!.recordComments).toHaveLength(2);
    const viewerAdd = await s.stack.execute(ADD, { ...vars, text: 'x' }, viewer.accessToken);
    expect(viewerAdd.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const stranger = await signUp(s.stack, 'Stranger');
    const strangerRead = await s.stack.execute(LIST, vars, stranger.accessToken);
    expect(strangerRead.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await direct('GET', `Deals/${dealId}/comments`)).comments).toHaveLength(2);

    // Bad input and unknown records are typed errors.
    const code = async (query: string, variables: Record<string, unknown>) =>
      (await s.stack.execute(query, variables, s.owner.accessToken)).errors?.[0]?.extensions;
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
