import type { PlatformEvent } from '@pyairtable/events';
import { describe, expect, it } from 'vitest';
import { createAirtableSubgraph } from '../src/subgraph.ts';
import { createAirtableDeps } from '../src/create-airtable-deps.ts';
import { startAirtableSubgraph, type AirtableSubgraph } from './harness.ts';

const CREATE = `mutation ($b: ID!, $t: ID!, $r: [RecordInput!]!) { createRecords(baseId: $b, tableId: $t, records: $r) { status batchId records { id fields createdBy { id } } } }`;
const UPDATE = `mutation ($b: ID!, $t: ID!, $r: [RecordUpdateInput!]!) { updateRecords(baseId: $b, tableId: $t, records: $r) { status records { fields } } }`;

/** Deals named `name` in airtable-local. */
async function dealsNamed(s: AirtableSubgraph, name: string) {
  const found = await s.airtable(
    'GET',
    `Deals?filterByFormula=${encodeURIComponent(`{Name} = "${name}"`)}`,
  );
  return found.records as { id: string; fields: Record<string, unknown> }[];
}

describe('airtable: writes through Airtable', () => {
  it('creates, updates, upserts and deletes through Airtable, updating the mirror at once', async () => {
    const s = await startAirtableSubgraph();
    const deals = s.tableId('Deals');
    const created = await s.as(s.owner)(CREATE, {
      b: s.baseId,
      t: deals,
      r: [{ fields: { Name: 'Platform deal', Amount: 5000, Stage: 'Lead' } }],
    });
    expect(created.errors).toBeUndefined();
    const record = created.data!.createRecords.records[0];
    expect(created.data!.createRecords.status).toBe('APPLIED');
    expect(record.fields).toMatchObject({
      Name: 'Platform deal',
      Amount: 5000,
      Stage: 'Lead',
      Size: 'Small',
    });
    expect(record.createdBy).toEqual({ id: s.owner.id });
    expect((await s.airtable('GET', `Deals/${record.id}`)).fields.Name).toBe('Platform deal');

    const updated = await s.as(s.owner)(UPDATE, {
      b: s.baseId,
      t: deals,
      r: [{ id: record.id, fields: { Amount: 60000 } }],
    });
    expect(updated.data!.updateRecords.records[0].fields).toMatchObject({
      Amount: 60000,
      Size: 'Large',
    });

    const refused = await s.as(s.owner)(UPDATE, {
      b: s.baseId,
      t: deals,
      r: [{ id: record.id, fields: { Stage: 'Dreaming' } }],
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.message).toMatch(/INVALID_MULTIPLE_CHOICE_OPTIONS.*Dreaming/);
    const computed = await s.as(s.owner)(UPDATE, {
      b: s.baseId,
      t: deals,
      r: [{ id: record.id, fields: { Size: 'Huge' } }],
    });
    expect(computed.errors?.[0]?.message).toMatch(/"Size" is computed/);

    const upserted = await s.as(s.owner)(
      `mutation ($b: ID!, $t: ID!, $r: [RecordInput!]!) { upsertRecords(baseId: $b, tableId: $t, records: $r, fieldsToMergeOn: ["Name"]) { records { id fields } } }`,
      { b: s.baseId, t: deals, r: [{ fields: { Name: 'Platform deal', Stage: 'Won' } }] },
    );
    expect(upserted.data!.upsertRecords.records[0]).toMatchObject({
      id: record.id,
      fields: { Stage: 'Won' },
    });

    const deleted = await s.as(s.owner)(
      `mutation ($b: ID!, $t: ID!, $ids: [ID!]!) { deleteRecords(baseId: $b, tableId: $t, ids: $ids) { status deletedIds } }`,
      { b: s.baseId, t: deals, ids: [record.id] },
    );
    expect(deleted.data!.deleteRecords).toEqual({ status: 'APPLIED', deletedIds: [record.id] });
    expect((await s.airtable('GET', `Deals/${record.id}`)).error).toBe('NOT_FOUND');

    const batch = await s.as(s.owner)(
      `query ($id: ID!) { writeBatch(id: $id) { status records { id } } }`,
      { id: created.data!.createRecords.batchId },
    );
    expect(batch.data!.writeBatch).toEqual({ status: 'APPLIED', records: [] });
  });

  it('lets editors write and refuses viewers, writing nothing for them', async () => {
    const s = await startAirtableSubgraph();
    const viewer = await s.member('VIEWER');
    const refused = await s.as(viewer)(CREATE, {
      b: s.baseId,
      t: s.tableId('Deals'),
      r: [{ fields: { Name: 'Viewer deal' } }],
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const editor = await s.member('EDITOR');
    const allowed = await s.as(editor)(CREATE, {
      b: s.baseId,
      t: s.tableId('Deals'),
      r: [{ fields: { Name: 'Editor deal' } }],
    });
    expect(allowed.data!.createRecords.status).toBe('APPLIED');
    expect(await dealsNamed(s, 'Viewer deal')).toHaveLength(0);
    expect(await dealsNamed(s, 'Editor deal')).toHaveLength(1);
    // Another workspace cannot read the write back.
    const stranger = s.factories.person('Stranger');
    const peek = await s.as(stranger)(`query ($id: ID!) { writeBatch(id: $id) { status } }`, {
      id: allowed.data!.createRecords.batchId,
    });
    expect(peek.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('never writes twice for a retried request with the same idempotency key', async () => {
    const s = await startAirtableSubgraph();
    const ONCE = `mutation ($b: ID!, $t: ID!, $k: String) { createRecords(baseId: $b, tableId: $t, records: [{ fields: { Name: "Once only" } }], idempotencyKey: $k) { batchId records { id } } }`;
    const vars = { b: s.baseId, t: s.tableId('Deals'), k: 'client-key-1' };
    const first = await s.as(s.owner)(ONCE, vars);
    const again = await s.as(s.owner)(ONCE, vars);
    expect(again.data!.createRecords).toEqual(first.data!.createRecords);
    expect(await dealsNamed(s, 'Once only')).toHaveLength(1);
  });

  it('coalesces 500 single-record updates into at most 50 paced requests, with no 429 reaching callers', async () => {
    const s = await startAirtableSubgraph({
      localEnv: { RATE_LIMIT_PER_BASE: '20', RATE_LIMIT_PENALTY_MS: '30000' },
      airtableEnv: { BASE_REQUESTS_PER_SECOND: '20' },
    });
    const activities = s.tableId('Activities');
    const ids = (await s.deps.db.listRecordIds(activities)).slice(0, 500);
    expect(ids).toHaveLength(500);
    const BULK = `mutation ($b: ID!, $t: ID!, $r: [RecordUpdateInput!]!) { updateRecords(baseId: $b, tableId: $t, records: $r) { status } }`;
    s.local.server.resetStats();
    const results = await Promise.all(
      ids.map((id, i) =>
        s.as(s.owner)(BULK, {
          b: s.baseId,
          t: activities,
          r: [{ id, fields: { Notes: `bulk ${i}` } }],
        }),
      ),
    );
    expect(results.filter((r) => r.errors)).toEqual([]);
    expect(results.every((r) => r.data!.updateRecords.status === 'APPLIED')).toBe(true);
    const stats = s.local.server.stats();
    expect(stats.byMethod.PATCH).toBeLessThanOrEqual(50);
    expect(stats.byStatus['429'] ?? 0).toBe(0);
    expect((await s.airtable('GET', `Activities/${ids[499]}`)).fields.Notes).toBe('bulk 499');
  }, 120_000); // 500 writes paced at 20 requests/s: slow on a loaded 2-core machine

  it('loses nothing when the process dies between accepting a write and sending it', async () => {
    const s = await startAirtableSubgraph({ airtableEnv: { WRITE_WAIT_MS: '0' } });
    // Stop the writer, as if the process died right after storing the write.
    await s.deps.writer.stop();
    const pending = await s.as(s.owner)(CREATE, {
      b: s.baseId,
      t: s.tableId('Deals'),
      r: [{ fields: { Name: 'Survivor' } }],
    });
    expect(pending.data!.createRecords.status).toBe('PENDING');
    // A new process on the same database resumes the outbox.
    const restarted = await createAirtableDeps(s.deps.config);
    const server = await createAirtableSubgraph(restarted.deps).listen(0);
    try {
      restarted.deps.writer.start();
      expect(await restarted.deps.writer.waitFor(pending.data!.createRecords.batchId, 30_000)).toBe(
        true,
      );
      expect(await dealsNamed(s, 'Survivor')).toHaveLength(1);
    } finally {
      await server.close();
      await restarted.close();
    }
  });
});

describe('airtable: a write Airtable accepted', () => {
  type MirrorDb = AirtableSubgraph['deps']['db'];

  /** Makes one method of the airtable subgraph's database fail once; counts its calls. */
  function failOnce(db: MirrorDb, method: 'upsertRecords' | 'completeOps', message: string) {
    const original = db[method].bind(db) as (...args: unknown[]) => Promise<unknown>;
    const counter = { calls: 0 };
    (db as Record<typeof method, unknown>)[method] = async (...args: unknown[]) => {
      if (counter.calls++ === 0) throw new Error(message);
      return original(...args);
    };
    return counter;
  }

  /** Creates one Deal named `name`; returns the write's status. */
  async function createDeal(s: AirtableSubgraph, name: string) {
    const res = await s.as(s.owner)(CREATE, {
      b: s.baseId,
      t: s.tableId('Deals'),
      r: [{ fields: { Name: name } }],
    });
    return res.data!.createRecords.status as string;
  }

  it('is never sent again when the mirror cannot take it; the mirror catches up from Airtable', async () => {
    const s = await startAirtableSubgraph();
    // The mirror's database refuses once, right after Airtable accepted the create.
    const upserts = failOnce(s.deps.db, 'upsertRecords', 'mirror unavailable');
    const caughtUp = new Promise<void>((resolve) =>
      s.deps.events.subscribe(
        (e: PlatformEvent) =>
          void (e.type === 'record.changed' && e.source === 'sync' && resolve()),
        { types: ['record.changed'] },
      ),
    );
    expect(await createDeal(s, 'Exactly once')).toBe('APPLIED');
    await caughtUp; // the poll that catches up brought it in
    const inMirror = await s.as(s.owner)(
      `query ($b: ID!, $t: ID!) { records(baseId: $b, tableId: $t, filterByFormula: "{Name} = 'Exactly once'") { totalCount } }`,
      { b: s.baseId, t: s.tableId('Deals') },
    );
    expect(inMirror.data!.records.totalCount).toBe(1);
    await s.deps.writer.drained(s.baseId);
    expect(await dealsNamed(s, 'Exactly once')).toHaveLength(1);
    expect(upserts.calls).toBeGreaterThan(1); // the catch-up wrote it
  });

  it('is never sent again when its outcome cannot be stored at first', async () => {
    const s = await startAirtableSubgraph();
    const completions = failOnce(s.deps.db, 'completeOps', 'database unavailable');
    expect(await createDeal(s, 'Stored later')).toBe('APPLIED');
    expect(completions.calls).toBe(2);
    await s.deps.writer.drained(s.baseId);
    expect(await dealsNamed(s, 'Stored later')).toHaveLength(1);
  });
});
