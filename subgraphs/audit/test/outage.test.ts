import { describe, expect, it } from 'vitest';
import { startAudit, UPDATE_RECORDS } from './harness.ts';

describe('audit: durable recording', () => {
  it('keeps every entry while the audit subgraph is down and delivers each exactly once', async () => {
    const s = await startAudit();
    const deals = await s.gql(s.owner)(
      `query ($b: ID!, $t: ID!) { records(baseId: $b, tableId: $t, first: 5) { edges { node { id } } } }`,
      { b: s.baseId, t: s.tableId('Deals') },
    );
    const ids: string[] = deals.data!.records.edges.map((e: any) => e.node.id);

    await s.stopAudit();
    const requestIds: string[] = [];
    for (const [i, id] of ids.entries()) {
      const requestId = `outage-write-${i}-${Date.now()}`;
      requestIds.push(requestId);
      const res = await s.gql(s.owner, { 'x-request-id': requestId })(UPDATE_RECORDS, {
        b: s.baseId,
        t: s.tableId('Deals'),
        r: [{ id, fields: { Name: `Written during the outage ${i}` } }],
      });
      // The writes succeed although audit is down.
      expect(res.errors).toBeUndefined();
    }
    const waiting = await s.outboxSql.query<{ n: string }>(
      'SELECT count(*) AS n FROM audit_outbox',
    );
    expect(Number(waiting.rows[0]!.n)).toBe(ids.length);

    await s.startAudit();
    await s.delivered();
    const entries = (await s.log({ operation: 'updateRecords' })).edges.map((e) => e.node);
    expect(entries.map((e) => e.requestId).sort()).toEqual([...requestIds].sort());
    expect((await s.gql(s.owner)(VERIFY, { w: s.workspaceId })).data!.verifyAuditLog).toEqual({
      ok: true,
      checkedEntries: ids.length,
      firstBrokenEntryId: null,
    });
  });

  it('keeps an entry once when the outbox sends it again (a crash between send and delete)', async () => {
    const s = await startAudit();
    // A first recorded mutation: the outbox table exists from here on.
    await s.gql(s.owner)(
      `mutation ($i: SetAuditRetentionInput!) { setAuditRetention(input: $i) { days } }`,
      { i: { workspaceId: s.workspaceId, days: 400 } },
    );
    await s.delivered();
    const entry = {
      id: '7f1b8e0c-1111-4222-8333-444455556666',
      at: new Date().toISOString(),
      workspaceId: s.workspaceId,
      actor: { userId: s.owner.id, apiKeyId: null },
      path: 'graphql',
      operation: 'renameWorkspace',
      outcome: 'ok',
      errorCode: null,
      requestId: 'resent',
      ip: null,
      userAgent: null,
      target: { workspaceId: s.workspaceId },
    };
    for (let i = 0; i < 3; i++)
      await s.outboxSql.query(
        `INSERT INTO audit_outbox (id, entry) VALUES (gen_random_uuid(), $1)`,
        [JSON.stringify(entry)],
      );
    await s.delivered();
    expect((await s.log({ operation: 'renameWorkspace' })).totalCount).toBe(1);
  });
});

const VERIFY = `query ($w: ID!) { verifyAuditLog(workspaceId: $w) { ok checkedEntries firstBrokenEntryId } }`;
