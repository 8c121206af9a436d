import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { startAirtableSubgraph } from './harness.ts';

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

describe('airtable: reads from the mirror', () => {
  it('answers records queries: formula filter, sort, cursor pages, total count, typed cells', async () => {
    const s = await startAirtableSubgraph();
    const deals = s.tableId('Deals');
    const QUERY = `query ($b: ID!, $t: ID!, $after: String) {
      records(baseId: $b, tableId: $t, filterByFormula: "{Stage} = 'Won'", sort: [{ field: "Amount", direction: DESC }], first: 20, after: $after) {
        totalCount pageInfo { hasNextPage endCursor }
        edges { node { id fields cells { field { name type } ... on NumberCell { number } ... on LinkCell { records { fields } } ... on SelectCell { options } } } }
      }
    }`;
    const first = await s.as(s.owner)(QUERY, { b: s.baseId, t: deals });
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
      const next = await s.as(s.owner)(QUERY, { b: s.baseId, t: deals, after: cursor });
      seen += next.data!.records.edges.length;
      cursor = next.data!.records.pageInfo.hasNextPage
        ? next.data!.records.pageInfo.endCursor
        : null;
    }
    expect(seen).toBe(74);

    const bad = await s.as(s.owner)(
      `query ($b: ID!, $t: ID!) { records(baseId: $b, tableId: $t, filterByFormula: "{Nope} = 1") { totalCount } }`,
      { b: s.baseId, t: deals },
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filterByFormula',
    });
    const search = await s.as(s.owner)(
      `query ($b: ID!, $t: ID!) { searchRecords(baseId: $b, tableId: $t, query: "${node.fields.Name.split(' ')[0]}") { id } }`,
      { b: s.baseId, t: deals },
    );
    expect(search.data!.searchRecords.map((r: any) => r.id)).toContain(node.id);
    const one = await s.as(s.owner)(
      `query ($b: ID!, $t: ID!, $id: ID!) { record(baseId: $b, tableId: $t, id: $id) { id fields } }`,
      { b: s.baseId, t: deals, id: node.id },
    );
    expect(one.data!.record).toEqual({ id: node.id, fields: node.fields });
    const elsewhere = await s.as(s.owner)(
      `query ($b: ID!, $t: ID!, $id: ID!) { record(baseId: $b, tableId: $t, id: $id) { id } }`,
      { b: s.baseId, t: s.tableId('Companies'), id: node.id },
    );
    expect(elsewhere.data!.record).toBeNull();
  });

  it("answers a view's records in the view's order, fetching its order on first use", async () => {
    const s = await startAirtableSubgraph();
    const res = await s.as(s.owner)(
      `query ($b: ID!, $t: ID!) { records(baseId: $b, tableId: $t, view: "Open pipeline", first: 200) { totalCount edges { node { fields } } } }`,
      { b: s.baseId, t: s.tableId('Deals') },
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
      const s = await startAirtableSubgraph({
        airtableEnv: { REDIS_URL: 'redis://127.0.0.1:6379' },
      });
      const deals = s.tableId('Deals');
      const cache = s.deps.queryCache;
      const QUERY = `query ($b: ID!, $t: ID!) { records(baseId: $b, tableId: $t, filterByFormula: "{Stage} = 'Lead'", sort: [{ field: "Name" }], first: 5) { totalCount edges { node { id fields } } } }`;
      const first = await s.as(s.owner)(QUERY, { b: s.baseId, t: deals });
      const hits = cache.stats.hits;
      const second = await s.as(s.owner)(QUERY, { b: s.baseId, t: deals });
      expect(second.data).toEqual(first.data);
      expect(cache.stats.hits).toBe(hits + 1);

      const lead = first.data!.records.edges[0].node.id;
      await s.as(s.owner)(
        `mutation ($b: ID!, $t: ID!, $id: ID!) { updateRecords(baseId: $b, tableId: $t, records: [{ id: $id, fields: { Stage: "Won" } }]) { status } }`,
        { b: s.baseId, t: deals, id: lead },
      );
      const third = await s.as(s.owner)(QUERY, { b: s.baseId, t: deals });
      expect(third.data!.records.totalCount).toBe(first.data!.records.totalCount - 1);
      expect(third.data!.records.edges.map((e: any) => e.node.id)).not.toContain(lead);
    },
  );

  it('keeps other workspaces out of a base, as if it did not exist', async () => {
    const s = await startAirtableSubgraph();
    const stranger = s.factories.person('Stranger');
    await s.factories.workspace(stranger);
    const deals = s.tableId('Deals');
    const read = await s.as(stranger)(
      `query ($b: ID!, $t: ID!) { records(baseId: $b, tableId: $t) { totalCount } }`,
      { b: s.baseId, t: deals },
    );
    expect(read.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const write = await s.as(stranger)(
      `mutation ($b: ID!, $t: ID!) { createRecords(baseId: $b, tableId: $t, records: [{ fields: { Name: "x" } }]) { status } }`,
      { b: s.baseId, t: deals },
    );
    expect(write.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const base = await s.as(stranger)(`query ($b: ID!) { base(id: $b) { name } }`, {
      b: s.baseId,
    });
    expect(base.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // The same answer as for a base that does not exist at all.
    const none = await s.as(stranger)(`query { base(id: "appDoesNotExist1") { name } }`);
    expect(none.errors?.[0]).toMatchObject({
      extensions: { code: 'NOT_FOUND' },
      message: 'Base appDoesNotExist1 was not found.',
    });
    expect(base.errors?.[0]?.message).toBe(`Base ${s.baseId} was not found.`);
    const anonymous = await s.as(null)(`query ($b: ID!) { base(id: $b) { name } }`, {
      b: s.baseId,
    });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
