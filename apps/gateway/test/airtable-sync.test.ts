import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { signUp } from './stack.ts';
import { startAirtableStack, tableId } from './airtable-stack.ts';

// The machine's Redis, when one answers (the suite must also pass without it).
const redisAnswers = await new Promise<boolean>((resolve) => {
  const socket = connect({ host: '127.0.0.1', port: 6379, timeout: 500 }, () => {
    socket.end();
    resolve(true);
  });
  socket.on('error', () => resolve(false));
  socket.on('timeout', () => {
    socket.destroy();
    resolve(false);
  });
});

describe('airtable: connections and the mirror', () => {
  it('connects with a token it never returns, and fully syncs the demo base', async () => {
    const s = await startAirtableStack();
    expect(s.connection.tokenHint).toBe('…en01');
    expect(s.connection.availableBases).toEqual([
      { id: s.baseId, name: 'Demo CRM', synced: false },
    ]);
    const res = await s.stack.execute(
      `query ($id: ID!) { base(id: $id) { name sync { state recordsDone recordsTotal tablesDone tablesTotal } tables { name recordCount primaryField { name } } } }`,
      { id: s.baseId },
      s.owner.accessToken,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.base.sync).toEqual({
      state: 'READY',
      recordsDone: 1420,
      recordsTotal: 1420,
      tablesDone: 4,
      tablesTotal: 4,
    });
    expect(res.data!.base.tables).toEqual([
      { name: 'Companies', recordCount: 120, primaryField: { name: 'Name' } },
      { name: 'Contacts', recordCount: 400, primaryField: { name: 'Name' } },
      { name: 'Deals', recordCount: 300, primaryField: { name: 'Name' } },
      { name: 'Activities', recordCount: 600, primaryField: { name: 'Subject' } },
    ]);
    const mine = await s.stack.execute(
      `query { me { workspaces { bases { id name } } } }`,
      {},
      s.owner.accessToken,
    );
    expect(mine.data!.me.workspaces[0].bases).toEqual([{ id: s.baseId, name: 'Demo CRM' }]);
  });

  it('refuses a token Airtable does not accept', async () => {
    const s = await startAirtableStack({ sync: false });
    const res = await s.stack.execute(
      `mutation ($i: ConnectAirtableInput!) { connectAirtable(input: $i) { id } }`,
      { i: { workspaceId: s.workspaceId, name: 'Bad', token: 'patNotAValidToken' } },
      s.owner.accessToken,
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
  });

  it('answers records queries from the mirror: formula filter, sort, cursor pages, total count, typed cells', async () => {
    const s = await startAirtableStack();
    const deals = await tableId(s, 'Deals');
    const QUERY = `query ($b: ID!, $t: ID!, $after: String) {
      records(baseId: $b, tableId: $t, filterByFormula: "{Stage} = 'Won'", sort: [{ field: "Amount", direction: DESC }], first: 20, after: $after) {
        totalCount pageInfo { hasNextPage endCursor }
        edges { node { id fields cells { field { name type } ... on NumberCell { number } ... on LinkCell { records { fields } } ... on SelectCell { options } } } }
      }
    }`;
    const first = await s.stack.execute(QUERY, { b: s.baseId, t: deals }, s.owner.accessToken);
    expect(first.errors).toBeUndefined();
    const page = first.data!.records;
    expect(page.totalCount).toBe(74);
    expect(page.edges).toHaveLength(20);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const amounts = page.edges.map((e: any) => e.node.fields.Amount);
    expect(amounts).toEqual([...amounts].sort((a: number, b: number) => b - a));
    const node = page.edges[0].node;
    expect(node.fields.Stage).toBe('Won');
    expect(node.cells.find((c: any) => c.field.name === 'Amount')).toEqual({
      field: { name: 'Amount', type: 'currency' },
      number: node.fields.Amount,
    });
    expect(node.cells.find((c: any) => c.field.name === 'Stage').options).toEqual(['Won']);
    const company = node.cells.find((c: any) => c.field.name === 'Company');
    expect(company.records[0].fields.Name).toEqual(expect.any(String));

    let seen = 20;
    let cursor = page.pageInfo.endCursor;
    while (cursor) {
      const next = await s.stack.execute(
        QUERY,
        { b: s.baseId, t: deals, after: cursor },
        s.owner.accessToken,
      );
      seen += next.data!.records.edges.length;
      cursor = next.data!.records.pageInfo.hasNextPage
        ? next.data!.records.pageInfo.endCursor
        : null;
    }
    expect(seen).toBe(74);

    const bad = await s.stack.execute(
      `query ($b: ID!, $t: ID!) { records(baseId: $b, tableId: $t, filterByFormula: "{Nope} = 1") { totalCount } }`,
      { b: s.baseId, t: deals },
      s.owner.accessToken,
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filterByFormula',
    });
    const search = await s.stack.execute(
      `query ($b: ID!, $t: ID!) { searchRecords(baseId: $b, tableId: $t, query: "${node.fields.Name.split(' ')[0]}") { id } }`,
      { b: s.baseId, t: deals },
      s.owner.accessToken,
    );
    expect(search.data!.searchRecords.map((r: any) => r.id)).toContain(node.id);
  });

  it("answers a view's records in the view's order, fetching its order on first use", async () => {
    const s = await startAirtableStack();
    const deals = await tableId(s, 'Deals');
    const res = await s.stack.execute(
      `query ($b: ID!, $t: ID!) { records(baseId: $b, tableId: $t, view: "Open pipeline", first: 200) { totalCount edges { node { fields } } } }`,
      { b: s.baseId, t: deals },
      s.owner.accessToken,
    );
    expect(res.errors).toBeUndefined();
    const nodes = res.data!.records.edges.map((e: any) => e.node.fields);
    expect(res.data!.records.totalCount).toBe(184);
    expect(nodes.every((f: any) => !['Won', 'Lost'].includes(f.Stage))).toBe(true);
    const amounts = nodes.map((f: any) => f.Amount ?? 0);
    expect(amounts).toEqual([...amounts].sort((a: number, b: number) => b - a));
  });

  it.runIf(redisAnswers)(
    'serves repeated queries from the query cache (Redis when configured) until the table changes',
    async () => {
      const s = await startAirtableStack({ airtableEnv: { REDIS_URL: 'redis://127.0.0.1:6379' } });
      const deals = await tableId(s, 'Deals');
      const cache = s.stack.airtable.deps.queryCache;
      const QUERY = `query ($b: ID!, $t: ID!) { records(baseId: $b, tableId: $t, filterByFormula: "{Stage} = 'Lead'", sort: [{ field: "Name" }], first: 5) { totalCount edges { node { id fields } } } }`;
      const first = await s.stack.execute(QUERY, { b: s.baseId, t: deals }, s.owner.accessToken);
      const hits = cache.stats.hits;
      const second = await s.stack.execute(QUERY, { b: s.baseId, t: deals }, s.owner.accessToken);
      expect(second.data).toEqual(first.data);
      expect(cache.stats.hits).toBe(hits + 1);

      const lead = first.data!.records.edges[0].node.id;
      await s.stack.execute(
        `mutation ($b: ID!, $t: ID!, $id: ID!) { updateRecords(baseId: $b, tableId: $t, records: [{ id: $id, fields: { Stage: "Won" } }]) { status } }`,
        { b: s.baseId, t: deals, id: lead },
        s.owner.accessToken,
      );
      const third = await s.stack.execute(QUERY, { b: s.baseId, t: deals }, s.owner.accessToken);
      expect(third.data!.records.totalCount).toBe(first.data!.records.totalCount - 1);
      expect(third.data!.records.edges.map((e: any) => e.node.id)).not.toContain(lead);
    },
  );

  it('keeps other workspaces out of a base, as if it did not exist', async () => {
    const s = await startAirtableStack();
    const stranger = await signUp(s.stack, 'Stranger');
    const deals = await tableId(s, 'Deals');
    const read = await s.stack.execute(
      `query ($b: ID!, $t: ID!) { records(baseId: $b, tableId: $t) { totalCount } }`,
      { b: s.baseId, t: deals },
      stranger.accessToken,
    );
    expect(read.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const write = await s.stack.execute(
      `mutation ($b: ID!, $t: ID!) { createRecords(baseId: $b, tableId: $t, records: [{ fields: { Name: "x" } }]) { status } }`,
      { b: s.baseId, t: deals },
      stranger.accessToken,
    );
    expect(write.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const base = await s.stack.execute(
      `query ($b: ID!) { base(id: $b) { name } }`,
      { b: s.baseId },
      stranger.accessToken,
    );
    expect(base.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
