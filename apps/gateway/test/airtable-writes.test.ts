import type { PlatformEvent } from '@pyairtable/events';
import { describe, expect, it } from 'vitest';
import { AIRTABLE_TOKEN, startAirtableStack, tableId } from './airtable-stack.ts';

const airtableLocal =
  (s: Awaited<ReturnType<typeof startAirtableStack>>) =>
  async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${s.local.url}/v0/${s.baseId}/${path}`, {
      method,
      headers: { authorization: `Bearer ${AIRTABLE_TOKEN}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return (await res.json()) as any;
  };

function collect(s: Awaited<ReturnType<typeof startAirtableStack>>) {
  const events: PlatformEvent[] = [];
  s.stack.airtable.deps.events.subscribe((e) => void events.push(e), { types: ['record.changed'] });
  return events;
}

describe('airtable: incremental sync and writes', () => {
  it('brings a change made directly in Airtable into the mirror, with one event', async () => {
    const s = await startAirtableStack();
    const events = collect(s);
    const direct = airtableLocal(s);
    const deal = (await direct('GET', 'Deals?maxRecords=1')).records[0];
    await direct('PATCH', `Deals/${deal.id}`, { fields: { 'Next Step': 'Send the contract' } });
    await s.stack.airtable.deps.sync.pollNow(s.baseId);
    const deals = await tableId(s, 'Deals');
    const res = await s.stack.execute(
      `query ($b: ID!, $t: ID!, $id: ID!) { record(baseId: $b, tableId: $t, id: $id) { fields } }`,
      { b: s.baseId, t: deals, id: deal.id },
      s.owner.accessToken,
    );
    expect(res.data!.record.fields['Next Step']).toBe('Send the contract');
    const mine = events.filter((e) => e.type === 'record.changed' && e.recordId === deal.id);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      kind: 'UPDATED',
      tableId: deals,
      workspaceId: s.workspaceId,
      source: 'sync',
    });
    const fields = await s.stack.execute(
      `query ($b: ID!) { base(id: $b) { table(idOrName: "Deals") { fields { id name } } } }`,
      { b: s.baseId },
      s.owner.accessToken,
    );
    const id = (name: string) =>
      fields.data!.base.table.fields.find((f: any) => f.name === name).id;
    // The edited field, and Airtable's last-modified-time field that moved with it.
    expect((mine[0] as any).changedFields).toEqual([id('Next Step'), id('Last Modified')].sort());

    // Polling again finds nothing new: no duplicate event.
    await s.stack.airtable.deps.sync.pollNow(s.baseId);
    expect(
      events.filter((e) => e.type === 'record.changed' && e.recordId === deal.id),
    ).toHaveLength(1);

    // Deletions are caught by reconciliation.
    await direct('DELETE', `Deals/${deal.id}`);
    await s.stack.airtable.deps.sync.reconcileNow(s.baseId);
    const gone = await s.stack.execute(
      `query ($b: ID!, $t: ID!, $id: ID!) { record(baseId: $b, tableId: $t, id: $id) { id } }`,
      { b: s.baseId, t: deals, id: deal.id },
      s.owner.accessToken,
    );
    expect(gone.data!.record).toBeNull();
    expect(
      events
        .filter((e) => e.type === 'record.changed' && e.recordId === deal.id)
        .map((e: any) => e.kind),
    ).toEqual(['UPDATED', 'DELETED']);
  });

  it('picks up schema changes made in Airtable, announcing them', async () => {
    const s = await startAirtableStack();
    const announced: PlatformEvent[] = [];
    s.stack.airtable.deps.events.subscribe((e) => void announced.push(e), {
      types: ['table.schemaChanged'],
    });
    const deals = await tableId(s, 'Deals');
    const res = await fetch(`${s.local.url}/v0/meta/bases/${s.baseId}/tables/${deals}/fields`, {
      method: 'POST',
      headers: { authorization: `Bearer ${AIRTABLE_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Region', type: 'singleLineText' }),
    });
    expect(res.status).toBe(200);
    await s.stack.airtable.deps.sync.reconcileNow(s.baseId);
    const fields = await s.stack.execute(
      `query ($b: ID!) { base(id: $b) { table(idOrName: "Deals") { fields { name type } } } }`,
      { b: s.baseId },
      s.owner.accessToken,
    );
    expect(fields.data!.base.table.fields).toContainEqual({
      name: 'Region',
      type: 'singleLineText',
    });
    expect(announced.map((e: any) => e.tableId)).toEqual([deals]);
  });

  it('creates, updates, upserts and deletes through Airtable, updating the mirror at once', async () => {
    const s = await startAirtableStack();
    const deals = await tableId(s, 'Deals');
    const direct = airtableLocal(s);
    const CREATE = `mutation ($b: ID!, $t: ID!, $r: [RecordInput!]!) { createRecords(baseId: $b, tableId: $t, records: $r) { status records { id fields createdBy { id } } } }`;
    const created = await s.stack.execute(
      CREATE,
      {
        b: s.baseId,
        t: deals,
        r: [{ fields: { Name: 'Platform deal', Amount: 5000, Stage: 'Lead' } }],
      },
      s.owner.accessToken,
    );
    expect(created.errors).toBeUndefined();
    const record = created.data!.createRecords.records[0];
    expect(created.data!.createRecords.status).toBe('APPLIED');
    expect(record.fields).toMatchObject({
      Name: 'Platform deal',
      Amount: 5000,
      Stage: 'Lead',
      Size: 'Small',
    });
    expect(record.createdBy).toEqual({ id: s.owner.user.id });
    expect((await direct('GET', `Deals/${record.id}`)).fields.Name).toBe('Platform deal');

    const UPDATE = `mutation ($b: ID!, $t: ID!, $r: [RecordUpdateInput!]!) { updateRecords(baseId: $b, tableId: $t, records: $r) { records { fields } } }`;
    const updated = await s.stack.execute(
      UPDATE,
      { b: s.baseId, t: deals, r: [{ id: record.id, fields: { Amount: 60000 } }] },
      s.owner.accessToken,
    );
    expect(updated.data!.updateRecords.records[0].fields).toMatchObject({
      Amount: 60000,
      Size: 'Large',
    });

    const refused = await s.stack.execute(
      UPDATE,
      { b: s.baseId, t: deals, r: [{ id: record.id, fields: { Stage: 'Dreaming' } }] },
      s.owner.accessToken,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.message).toMatch(/INVALID_MULTIPLE_CHOICE_OPTIONS.*Dreaming/);
    const computed = await s.stack.execute(
      UPDATE,
      { b: s.baseId, t: deals, r: [{ id: record.id, fields: { Size: 'Huge' } }] },
      s.owner.accessToken,
    );
    expect(computed.errors?.[0]?.message).toMatch(/"Size" is computed/);

    const UPSERT = `mutation ($b: ID!, $t: ID!, $r: [RecordInput!]!) { upsertRecords(baseId: $b, tableId: $t, records: $r, fieldsToMergeOn: ["Name"]) { records { id fields } } }`;
    const upserted = await s.stack.execute(
      UPSERT,
      { b: s.baseId, t: deals, r: [{ fields: { Name: 'Platform deal', Stage: 'Won' } }] },
      s.owner.accessToken,
    );
    expect(upserted.data!.upsertRecords.records[0]).toMatchObject({
      id: record.id,
      fields: { Stage: 'Won' },
    });

    const DELETE = `mutation ($b: ID!, $t: ID!, $ids: [ID!]!) { deleteRecords(baseId: $b, tableId: $t, ids: $ids) { status deletedIds } }`;
    const deleted = await s.stack.execute(
      DELETE,
      { b: s.baseId, t: deals, ids: [record.id] },
      s.owner.accessToken,
    );
    expect(deleted.data!.deleteRecords).toEqual({ status: 'APPLIED', deletedIds: [record.id] });
    expect((await direct('GET', `Deals/${record.id}`)).error).toBe('NOT_FOUND');
  });

  it('never writes twice for a retried request with the same idempotency key', async () => {
    const s = await startAirtableStack();
    const deals = await tableId(s, 'Deals');
    const CREATE = `mutation ($b: ID!, $t: ID!, $k: String) { createRecords(baseId: $b, tableId: $t, records: [{ fields: { Name: "Once only" } }], idempotencyKey: $k) { batchId records { id } } }`;
    const first = await s.stack.execute(
      CREATE,
      { b: s.baseId, t: deals, k: 'client-key-1' },
      s.owner.accessToken,
    );
    const again = await s.stack.execute(
      CREATE,
      { b: s.baseId, t: deals, k: 'client-key-1' },
      s.owner.accessToken,
    );
    expect(again.data!.createRecords).toEqual(first.data!.createRecords);
    const matches = await airtableLocal(s)(
      'GET',
      `Deals?filterByFormula=${encodeURIComponent('{Name} = "Once only"')}`,
    );
    expect(matches.records).toHaveLength(1);
  });

  it('coalesces 500 single-record updates into at most 50 paced requests, with no 429 reaching callers', async () => {
    const s = await startAirtableStack({
      localEnv: { RATE_LIMIT_PER_BASE: '20', RATE_LIMIT_PENALTY_MS: '30000' },
      airtableEnv: { BASE_REQUESTS_PER_SECOND: '20' },
    });
    const activities = await tableId(s, 'Activities');
    const ids = (
      await s.stack.execute(
        `query ($b: ID!, $t: ID!) { records(baseId: $b, tableId: $t, first: 500) { edges { node { id } } } }`,
        { b: s.baseId, t: activities },
        s.owner.accessToken,
      )
    ).data!.records.edges.map((e: any) => e.node.id);
    expect(ids).toHaveLength(500);
    const UPDATE = `mutation ($b: ID!, $t: ID!, $r: [RecordUpdateInput!]!) { updateRecords(baseId: $b, tableId: $t, records: $r) { status } }`;
    // Warm the gateway's query plan cache, so the burst below measures the writer.
    await s.stack.execute(
      UPDATE,
      { b: s.baseId, t: activities, r: [{ id: ids[0], fields: { Notes: 'warm-up' } }] },
      s.owner.accessToken,
    );
    s.local.resetStats();
    const results = await Promise.all(
      ids.map((id: string, i: number) =>
        s.stack.execute(
          UPDATE,
          { b: s.baseId, t: activities, r: [{ id, fields: { Notes: `bulk ${i}` } }] },
          s.owner.accessToken,
        ),
      ),
    );
    expect(results.filter((r) => r.errors)).toEqual([]);
    expect(results.every((r) => r.data!.updateRecords.status === 'APPLIED')).toBe(true);
    const stats = s.local.stats();
    expect(stats.byMethod.PATCH).toBeLessThanOrEqual(50);
    expect(stats.byStatus['429'] ?? 0).toBe(0);
    const check = await airtableLocal(s)('GET', `Activities/${ids[499]}`);
    expect(check.fields.Notes).toBe('bulk 499');
  }, 120_000); // 500 writes paced at 20 requests/s: slow on a loaded 2-core machine

  it('loses nothing when the process dies between accepting a write and sending it', async () => {
    const s = await startAirtableStack({ airtableEnv: { WRITE_WAIT_MS: '0' } });
    const deals = await tableId(s, 'Deals');
    // Stop the writer, as if the process died right after storing the write.
    await s.stack.airtable.deps.writer.stop();
    const { main } = await import('@pyairtable/airtable');
    const pending = await s.stack.execute(
      `mutation ($b: ID!, $t: ID!) { createRecords(baseId: $b, tableId: $t, records: [{ fields: { Name: "Survivor" } }]) { status batchId } }`,
      { b: s.baseId, t: deals },
      s.owner.accessToken,
    );
    expect(pending.data!.createRecords.status).toBe('PENDING');
    // A new process on the same database resumes the outbox.
    const config = s.stack.airtable.deps.config;
    const restarted = await main({
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      PORT: '0',
      DATABASE_URL: config.DATABASE_URL,
      AIRTABLE_API_URL: config.AIRTABLE_API_URL,
      WORKSPACES_URL: config.WORKSPACES_URL,
      GATEWAY_SIGNING_SECRET: config.GATEWAY_SIGNING_SECRET,
      JWT_SECRET: config.JWT_SECRET,
      POLL_INTERVAL_MS: '100000',
    });
    try {
      await new Promise<void>((resolve) => {
        const check = async () => {
          const batch = await restarted.deps.db.findBatch(pending.data!.createRecords.batchId);
          if (batch?.status === 'APPLIED') resolve();
          else setTimeout(check, 50);
        };
        void check();
      });
      const found = await airtableLocal(s)(
        'GET',
        `Deals?filterByFormula=${encodeURIComponent('{Name} = "Survivor"')}`,
      );
      expect(found.records).toHaveLength(1);
    } finally {
      await restarted.close();
    }
  });
});

describe('airtable: a write Airtable accepted', () => {
  type Stack = Awaited<ReturnType<typeof startAirtableStack>>;
  type MirrorDb = Stack['stack']['airtable']['deps']['db'];

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

  /** Creates one Deal named `name` through the gateway; returns the write's status. */
  async function createDeal(s: Stack, name: string) {
    const res = await s.stack.execute(
      `mutation ($b: ID!, $t: ID!, $r: [RecordInput!]!) { createRecords(baseId: $b, tableId: $t, records: $r) { status } }`,
      { b: s.baseId, t: await tableId(s, 'Deals'), r: [{ fields: { Name: name } }] },
      s.owner.accessToken,
    );
    return res.data!.createRecords.status as string;
  }

  /** How many Deals named `name` airtable-local holds, once a re-send would have happened. */
  async function dealsInAirtable(s: Stack, name: string) {
    // Past the writer's resume interval (1 s): a paused write would have been sent again.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    const found = await airtableLocal(s)(
      'GET',
      `Deals?filterByFormula=${encodeURIComponent(`{Name} = "${name}"`)}`,
    );
    return found.records.length as number;
  }

  it('is never sent again when the mirror cannot take it; the mirror catches up from Airtable', async () => {
    const s = await startAirtableStack();
    // The mirror's database refuses once, right after Airtable accepted the create.
    const upserts = failOnce(s.stack.airtable.deps.db, 'upsertRecords', 'mirror unavailable');
    expect(await createDeal(s, 'Exactly once')).toBe('APPLIED');
    const inMirror = async () =>
      (
        await s.stack.execute(
          `query ($b: ID!, $t: ID!) { records(baseId: $b, tableId: $t, filterByFormula: "{Name} = 'Exactly once'") { totalCount } }`,
          { b: s.baseId, t: await tableId(s, 'Deals') },
          s.owner.accessToken,
        )
      ).data!.records.totalCount;
    await expect.poll(inMirror, { timeout: 10_000 }).toBe(1);
    expect(await dealsInAirtable(s, 'Exactly once')).toBe(1);
    expect(upserts.calls).toBeGreaterThan(1); // the catch-up wrote it
  });

  it('is never sent again when its outcome cannot be stored at first', async () => {
    const s = await startAirtableStack();
    const completions = failOnce(s.stack.airtable.deps.db, 'completeOps', 'database unavailable');
    expect(await createDeal(s, 'Stored later')).toBe('APPLIED');
    expect(completions.calls).toBe(2);
    expect(await dealsInAirtable(s, 'Stored later')).toBe(1);
  });
});

describe('airtable: the Airtable-compatible proxy on the gateway', () => {
  it('serves the official airtable client with a platform API key: reads from the mirror, writes through Airtable', async () => {
    const s = await startAirtableStack();
    const key = await s.stack.execute(
      `mutation { createApiKey(input: { name: "airtable.js" }) { secret } }`,
      {},
      s.owner.accessToken,
    );
    const secret = key.data!.createApiKey.secret as string;
    const Airtable = (await import('airtable')).default;
    const endpointUrl = new URL(s.stack.gatewayUrl).origin;
    const base = new Airtable({ apiKey: secret, endpointUrl, noRetryIfRateLimited: true }).base(
      s.baseId,
    );

    const deals = await base('Deals')
      .select({
        filterByFormula: '{Stage} = "Won"',
        sort: [{ field: 'Amount', direction: 'desc' }],
        pageSize: 50,
      })
      .all();
    expect(deals).toHaveLength(74);
    const amounts = deals.map((d) => d.get('Amount') as number);
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));

    const [created] = await base('Deals').create([{ fields: { Name: 'Via proxy', Amount: 42 } }]);
    expect(created!.get('Name')).toBe('Via proxy');
    const direct = await fetch(`${s.local.url}/v0/${s.baseId}/Deals/${created!.id}`, {
      headers: { authorization: `Bearer ${AIRTABLE_TOKEN}` },
    });
    expect(((await direct.json()) as any).fields.Amount).toBe(42);
    const [updated] = await base('Deals').update([{ id: created!.id, fields: { Amount: 43 } }]);
    expect(updated!.get('Amount')).toBe(43);
    expect((await base('Deals').find(created!.id)).get('Amount')).toBe(43);
    await base('Deals').destroy([created!.id]);
    await expect(base('Deals').find(created!.id)).rejects.toMatchObject({ statusCode: 404 });

    const meta = await fetch(`${endpointUrl}/v0/meta/bases`, {
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(await meta.json()).toEqual({
      bases: [{ id: s.baseId, name: 'Demo CRM', permissionLevel: 'create' }],
    });
  });

  it('refuses callers without a key, and members of other workspaces', async () => {
    const s = await startAirtableStack();
    const endpointUrl = new URL(s.stack.gatewayUrl).origin;
    const anonymous = await fetch(`${endpointUrl}/v0/${s.baseId}/Deals`);
    expect(anonymous.status).toBe(401);
    const { signUp } = await import('./stack.ts');
    const stranger = await signUp(s.stack, 'Outsider');
    const res = await fetch(`${endpointUrl}/v0/${s.baseId}/Deals`, {
      headers: { authorization: `Bearer ${stranger.accessToken}` },
    });
    expect(res.status).toBe(403);
    expect(((await res.json()) as any).error.type).toBe('INVALID_PERMISSIONS_OR_MODEL_NOT_FOUND');
  });
});

describe('airtable: webhooks when the platform has a public URL', () => {
  it('creates a webhook after the first sync and applies pinged changes without polling', async () => {
    const s = await startAirtableStack({ webhooks: true });
    const base = (await s.stack.airtable.deps.db.findBase(s.baseId))!;
    expect(base.webhookId).toMatch(/^ach/);
    const events = collect(s);
    const direct = airtableLocal(s);
    const deal = (await direct('GET', 'Deals?maxRecords=1')).records[0];
    const applied = new Promise<void>((resolve) =>
      s.stack.airtable.deps.events.subscribe(
        (e) => void (e.type === 'record.changed' && e.recordId === deal.id && resolve()),
        { types: ['record.changed'] },
      ),
    );
    // Polling is off (100 s): only the ping can bring this change in.
    await direct('PATCH', `Deals/${deal.id}`, { fields: { 'Next Step': 'Pinged' } });
    await applied;
    const [row] = await s.stack.airtable.deps.db.findRecords([deal.id]);
    expect(Object.values(row!.cells)).toContain('Pinged');
    expect(events.filter((e: any) => e.recordId === deal.id)).toHaveLength(1);

    const origin = new URL(s.stack.gatewayUrl).origin;
    const forged = await fetch(`${origin}/webhooks/airtable/${s.baseId}`, {
      method: 'POST',
      body: '{}',
      headers: { 'x-airtable-content-mac': 'hmac-sha256=00' },
    });
    expect(forged.status).toBe(401);
  });
});
