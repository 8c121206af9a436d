// The webhooks process is killed (SIGKILL, nothing flushed) while 200 deliveries are pending
// or in flight; a new process takes over. Every webhook-id must arrive, and any duplicate
// must be the same message under the same id.
import path from 'node:path';
import { startAirtableSubgraph } from '@pyairtable/airtable/testing';
import {
  createTestDatabase,
  freePort,
  postAsGateway,
  startServiceProcess,
  testEnv,
  waitUntilReady,
} from '@pyairtable/testing';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createWebhooksDb } from '../src/db.ts';
import { CREATE_ENDPOINT, UPDATE_RECORDS } from './harness.ts';

const SERVER = path.resolve(import.meta.dirname, '../src/server.ts');

describe('webhooks: a killed process loses no delivery', () => {
  it(
    'delivers every one of 200 pending deliveries after kill -9, duplicates only under the same id',
    { timeout: 180_000 },
    async () => {
      const s = await startAirtableSubgraph();
      const databaseUrl = await createTestDatabase('webhooks');
      const port = await freePort();
      const url = `http://127.0.0.1:${port}/graphql`;
      const env = {
        ...testEnv,
        PORT: String(port),
        DATABASE_URL: databaseUrl,
        WORKSPACES_URL: s.workspacesUrl,
        AIRTABLE_URL: s.url,
        WEBHOOKS_ALLOW_HOSTS: '127.0.0.1',
        WEBHOOKS_POLL_MS: '200',
        // A killed process's leases run out this soon, so the next one retries its deliveries.
        WEBHOOKS_LEASE_MS: '3000',
      };

      // The receiver holds its answers until the first process is dead.
      let holding = true;
      let killAfter: (() => void) | undefined;
      const held: (() => void)[] = [];
      const seen = new Map<string, Set<string>>();
      const receiver = await startReceiverHolding();
      async function startReceiverHolding() {
        const http = await import('node:http');
        const server = http.createServer((req, res) => {
          let body = '';
          req.on('data', (c: Buffer) => (body += c));
          req.on('end', () => {
            const id = String(req.headers['webhook-id']);
            seen.set(id, (seen.get(id) ?? new Set()).add(body));
            const answer = () => res.writeHead(200).end('ok');
            if (holding) {
              held.push(answer);
              if (held.length >= 20) killAfter?.();
            } else answer();
          });
        });
        await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
        onTestFinished(
          () =>
            new Promise<void>(
              (resolve) => (server.closeAllConnections(), server.close(() => resolve())),
            ),
        );
        return `http://127.0.0.1:${(server.address() as { port: number }).port}/hooks`;
      }

      const first = startServiceProcess(SERVER, env);
      await waitUntilReady(url);
      const db = createWebhooksDb(databaseUrl);
      onTestFinished(() => db.close());
      // The process has found where the change log ends: changes from here on are owed.
      await expect
        .poll(() => db.readCursor('airtable.record-changes'), { timeout: 20_000 })
        .not.toBeNull();
      const created = await postAsGateway<any>(
        'webhooks',
        url,
        CREATE_ENDPOINT,
        {
          input: {
            workspaceId: s.workspaceId,
            url: receiver,
            eventTypes: ['record.updated'],
            rateLimitPerSecond: 100,
          },
        },
        { userId: s.owner.id, email: s.owner.email },
      );
      expect(created.errors).toBeUndefined();

      const killed = new Promise<void>((resolve) => {
        killAfter = () => {
          killAfter = undefined;
          first.kill('SIGKILL');
          first.once('exit', () => resolve());
        };
      });
      const ids = (await s.deps.db.listRecordIds(s.tableId('Deals'))).slice(0, 200);
      expect(ids).toHaveLength(200);
      const written = await s.as(s.owner)(UPDATE_RECORDS, {
        b: s.baseId,
        t: s.tableId('Deals'),
        r: ids.map((id, i) => ({ id, fields: { 'Next Step': `Kill test ${i}` } })),
      });
      expect(written.data!.updateRecords.status).toBe('APPLIED');

      await killed;
      holding = false;
      // Their connections died with the process: those deliveries are still owed.
      held.length = 0;

      startServiceProcess(SERVER, env);
      await waitUntilReady(url);
      await expect.poll(() => seen.size, { timeout: 120_000, interval: 250 }).toBe(200);
      // Each webhook-id carried one message, however often it came.
      for (const bodies of seen.values()) expect(bodies.size).toBe(1);
      const recordIds = [...seen.values()].map((b) => JSON.parse([...b][0]!).data.recordId);
      expect(new Set(recordIds)).toEqual(new Set(ids));
      await expect
        .poll(
          async () =>
            (await db.countByMessageIds([...seen.keys()])).map((g) => [g.status, g._count]),
          {
            timeout: 30_000,
          },
        )
        .toEqual([['SUCCEEDED', 200]]);
    },
  );
});
