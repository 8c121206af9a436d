import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAudit, type AuditStack } from './harness.ts';

const VERIFY = `query ($w: ID!) { verifyAuditLog(workspaceId: $w) { ok checkedEntries firstBrokenEntryId reason } }`;
const RETENTION = `mutation ($i: SetAuditRetentionInput!) { setAuditRetention(input: $i) { days } }`;

const closers: (() => Promise<void>)[] = [];
let s: AuditStack;
/** Ids of the renames, oldest first. */
let ids: string[] = [];

beforeAll(async () => {
  s = await startAudit({ onClose: (close) => void closers.push(close) });
  for (let i = 0; i < 6; i++)
    await s.gql(s.owner)(
      `mutation ($i: RenameWorkspaceInput!) { renameWorkspace(input: $i) { id } }`,
      { i: { id: s.workspaceId, name: `Sales ${i}` } },
    );
  await s.delivered();
  ids = (await s.log({ operation: 'renameWorkspace' })).edges.map((e) => e.node.id).reverse();
}, 120_000);
afterAll(async () => {
  for (const close of closers.reverse()) await close();
});

const verify = async () =>
  (await s.gql(s.owner)(VERIFY, { w: s.workspaceId })).data!.verifyAuditLog;

/** Runs `statement` as a database admin who switched the append-only trigger off. */
async function behindTheBack(statement: string, params: unknown[] = []) {
  const client = await s.sql.connect();
  try {
    await client.query('BEGIN');
    await client.query('ALTER TABLE audit_entry DISABLE TRIGGER USER');
    await client.query(statement, params);
    await client.query('ALTER TABLE audit_entry ENABLE TRIGGER USER');
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

describe('audit: who may read the log', () => {
  it('lets owners and admins read and verify it, and refuses viewers and other owners', async () => {
    const admin = await s.member('ADMIN');
    const viewer = await s.member('VIEWER');
    const other = s.factories.person('Other');
    await s.factories.workspace(other);
    expect((await s.gql(admin)(VERIFY, { w: s.workspaceId })).data?.verifyAuditLog.ok).toBe(true);
    for (const who of [viewer, other]) {
      const log = await s.gql(who)(`query ($w: ID!) { auditLog(workspaceId: $w) { totalCount } }`, {
        w: s.workspaceId,
      });
      expect(log.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await s.gql(who)(VERIFY, { w: s.workspaceId })).errors?.[0]?.extensions?.code).toBe(
        'FORBIDDEN',
      );
      const exported = await fetch(
        `${new URL(s.gatewayUrl).origin}/audit/export?workspaceId=${s.workspaceId}`,
        { headers: { authorization: `Bearer ${await s.bearer(who)}` } },
      );
      expect(exported.status).toBe(403);
    }
    const retention = await s.gql(admin)(RETENTION, {
      i: { workspaceId: s.workspaceId, days: 90 },
    });
    expect(retention.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('pages through the log newest first with filters and cursors', async () => {
    const first = await s.log({ operation: 'renameWorkspace' }, 4);
    expect(first.totalCount).toBe(6);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = await s.gql(s.owner)(
      `query ($w: ID!, $a: String) { auditLog(workspaceId: $w, filter: { operation: "renameWorkspace" }, first: 4, after: $a) { edges { node { id } } pageInfo { hasNextPage } } }`,
      { w: s.workspaceId, a: first.pageInfo.endCursor },
    );
    const all = [...first.edges, ...rest.data!.auditLog.edges].map((e: any) => e.node.id);
    expect(all).toEqual([...ids].reverse());
    expect(rest.data!.auditLog.pageInfo.hasNextPage).toBe(false);
    expect((await s.log({ outcome: 'FAILED' })).totalCount).toBe(0);
    expect((await s.log({ from: new Date(Date.now() + 60_000).toISOString() })).totalCount).toBe(0);
    const window = {
      from: new Date(Date.now() - 600_000).toISOString(),
      to: new Date().toISOString(),
    };
    const recent = await s.log({ ...window, operation: 'renameWorkspace' }, 4);
    expect(recent.edges.map((e) => e.node.id)).toEqual([...ids].reverse().slice(0, 4));
  });
});

describe('audit: tamper evidence', () => {
  it('refuses UPDATE, DELETE and TRUNCATE on the audit tables', async () => {
    await s.audit().jobs.runOnce(); // a checkpoint row, to try deleting
    for (const statement of [
      `UPDATE audit_entry SET operation = 'nothing' WHERE id = '${ids[0]}'`,
      `DELETE FROM audit_entry WHERE id = '${ids[0]}'`,
      'TRUNCATE audit_entry',
      'DELETE FROM audit_checkpoint',
    ])
      await expect(s.sql.query(statement)).rejects.toThrow(/append-only/);
  });

  it('exports the log as CSV and JSON Lines that verify offline with the published key', async () => {
    const origin = new URL(s.gatewayUrl).origin;
    const auth = { authorization: `Bearer ${await s.bearer(s.owner)}` };
    const csv = await fetch(`${origin}/audit/export?workspaceId=${s.workspaceId}&format=csv`, {
      headers: auth,
    });
    expect(csv.status).toBe(200);
    // Six renames and the admin's refused retention change.
    expect(csv.headers.get('x-audit-entries')).toBe('7');
    const rows = (await csv.text()).trim().split('\r\n');
    expect(rows[0]).toMatch(/^id,at,path,operation,outcome/);
    expect(rows).toHaveLength(8);

    const jsonl = await fetch(`${origin}/audit/export?workspaceId=${s.workspaceId}`, {
      headers: auth,
    });
    const dir = await mkdtemp(path.join(os.tmpdir(), 'audit-export-'));
    const file = path.join(dir, 'export.jsonl');
    const text = await jsonl.text();
    await writeFile(file, text);
    const key = path.join(dir, 'key.pem');
    await writeFile(key, (await s.gql(null)(`{ auditPublicKey }`)).data!.auditPublicKey);
    const run = (args: string[]) =>
      promisify(execFile)('npx', ['tsx', 'scripts/verify-export.ts', ...args], {
        cwd: path.resolve(import.meta.dirname, '..'),
      });
    const { stdout } = await run([file, '--public-key', key]);
    expect(JSON.parse(stdout)).toMatchObject({ ok: true, checkedEntries: 7, trustedKey: 'given' });

    // An edited line in the file is named.
    await writeFile(
      file,
      text.replace(`"operation":"renameWorkspace"`, `"operation":"deleteWorkspace"`),
    );
    const broken = await run([file, '--public-key', key]).catch((e: { stdout: string }) => e);
    expect(JSON.parse(broken.stdout)).toMatchObject({ ok: false, firstBrokenEntryId: ids[0] });
  }, 60_000);

  it('names an edited, a deleted and an inserted row', async () => {
    expect(await verify()).toEqual({
      ok: true,
      checkedEntries: 7,
      firstBrokenEntryId: null,
      reason: null,
    });

    await behindTheBack(`UPDATE audit_entry SET "userId" = 'someone-else' WHERE id = $1`, [ids[2]]);
    expect(await verify()).toMatchObject({ ok: false, firstBrokenEntryId: ids[2] });
    await behindTheBack(`UPDATE audit_entry SET "userId" = $2 WHERE id = $1`, [ids[2], s.owner.id]);
    expect((await verify()).ok).toBe(true);

    const { rows } = await s.sql.query('SELECT * FROM audit_entry WHERE id = $1', [ids[3]]);
    await behindTheBack('DELETE FROM audit_entry WHERE id = $1', [ids[3]]);
    // The deleted row is gone: its successor, which no longer links, is named.
    expect(await verify()).toMatchObject({ ok: false, firstBrokenEntryId: ids[4] });
    const row = rows[0];
    await behindTheBack(
      `INSERT INTO audit_entry SELECT * FROM json_populate_record(NULL::audit_entry, $1)`,
      [JSON.stringify(row)],
    );
    expect((await verify()).ok).toBe(true);

    const forged = {
      ...row,
      id: '00000000-0000-4000-8000-000000000001',
      seq: 999_999,
      position: 8,
    };
    await behindTheBack(
      `INSERT INTO audit_entry SELECT * FROM json_populate_record(NULL::audit_entry, $1)`,
      [JSON.stringify(forged)],
    );
    expect(await verify()).toMatchObject({
      ok: false,
      firstBrokenEntryId: '00000000-0000-4000-8000-000000000001',
    });
    await behindTheBack('DELETE FROM audit_entry WHERE id = $1', [forged.id]);
  });

  it('prunes entries past retention after a signed checkpoint, and the rest still verifies', async () => {
    expect(
      (await s.gql(s.owner)(RETENTION, { i: { workspaceId: s.workspaceId, days: 30 } })).errors,
    ).toBeUndefined();
    await s.delivered();
    s.advance(31 * 86_400_000);
    await s.audit().jobs.runOnce();
    const { rows } = await s.sql.query(
      'SELECT count(*)::int AS n FROM audit_entry WHERE chain = $1',
      [s.workspaceId],
    );
    // Everything older than 30 days (on the moved clock) is gone…
    expect(rows[0].n).toBe(0);
    // …and a new entry still links to the signed checkpoint at the pruned end.
    await s.gql(s.owner)(RETENTION, { i: { workspaceId: s.workspaceId, days: 60 } });
    await s.delivered();
    expect(await verify()).toMatchObject({ ok: true, checkedEntries: 1 });
  });
});
