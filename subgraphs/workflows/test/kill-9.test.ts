// The workflows process is killed (SIGKILL, nothing flushed) in the middle of a run that
// creates records one step at a time; a new process resumes it. Every record must exist in
// airtable-local exactly once, and no step that completed may run again.
import path from 'node:path';
import { startAirtableSubgraph } from '@pyairtable/airtable/testing';
import { createMemoryEventBus } from '@pyairtable/events';
import { createGateway, loadGatewayConfig } from '@pyairtable/gateway';
import { createLogger } from '@pyairtable/subgraph-kit';
import {
  createTestDatabase,
  freePort,
  postAsGateway,
  startServiceProcess,
  testEnv,
  waitUntilReady,
} from '@pyairtable/testing';
import { describe, expect, it, onTestFinished } from 'vitest';
import { CREATE_WORKFLOW, RUN_WORKFLOW, SET_ENABLED } from './harness.ts';

const SERVER = path.resolve(import.meta.dirname, '../src/server.ts');
const CLOSED_PORT_URL = 'http://127.0.0.1:9/graphql';
const RECORDS = 8;

describe('workflows: a killed process resumes its runs', () => {
  it(
    'finishes a run after kill -9 mid-run without writing any record twice',
    { timeout: 180_000 },
    async () => {
      const s = await startAirtableSubgraph();
      const port = await freePort();
      const url = `http://127.0.0.1:${port}/graphql`;
      const events = createMemoryEventBus();
      onTestFinished(() => events.close());
      const gateway = await createGateway({
        config: loadGatewayConfig({
          ...testEnv,
          SUBGRAPH_IDENTITY_URL: CLOSED_PORT_URL,
          SESSION_CHECK: 'off',
          SUBGRAPH_LLM_URL: CLOSED_PORT_URL,
          SUBGRAPH_NOTIFICATIONS_URL: CLOSED_PORT_URL,
          SUBGRAPH_WORKSPACES_URL: new URL('/graphql', s.workspacesUrl).toString(),
          SUBGRAPH_AIRTABLE_URL: s.url,
          SUBGRAPH_WORKFLOWS_URL: url,
        }),
        logger: createLogger('gateway', 'silent'),
        events,
      }).listen(0);
      onTestFinished(() => gateway.close());
      const env = {
        ...testEnv,
        PORT: String(port),
        DATABASE_URL: await createTestDatabase('workflows'),
        WORKSPACES_URL: s.workspacesUrl,
        AIRTABLE_URL: s.url,
        GATEWAY_URL: gateway.url,
        WORKFLOWS_POLL_MS: '200',
        // A killed process's runs are resumed this soon after its last heartbeat.
        WORKFLOWS_LEASE_MS: '2000',
      };
      const asOwner = <T = any>(query: string, variables: Record<string, unknown>) =>
        postAsGateway<T>('workflows', url, query, variables, {
          userId: s.owner.id,
          email: s.owner.email,
        });

      const first = startServiceProcess(SERVER, env);
      await waitUntilReady(url);
      const items = Array.from({ length: RECORDS }, (_, i) => `Kill-9 deal ${i}`);
      const created = await asOwner(CREATE_WORKFLOW, {
        input: {
          workspaceId: s.workspaceId,
          name: 'Kill -9',
          trigger: { type: 'MANUAL' },
          steps: [
            {
              id: 'each',
              type: 'loop',
              items,
              steps: [
                {
                  id: 'make',
                  type: 'createRecord',
                  baseId: s.baseId,
                  tableId: s.tableId('Deals'),
                  fields: { Name: '{{loop.item}}' },
                },
              ],
            },
          ],
        },
      });
      expect(created.errors).toBeUndefined();
      const workflowId = created.data.createWorkflow.id;
      await asOwner(SET_ENABLED, { id: workflowId, enabled: true });
      const started = await asOwner(RUN_WORKFLOW, { input: { workflowId } });
      expect(started.errors).toBeUndefined();
      const runId = started.data.runWorkflow.id;
      const stepsOf = async () =>
        ((
          await asOwner(
            `query ($id: ID!) { workflowRun(id: $id) { status steps { key status attempts } } }`,
            { id: runId },
          )
        ).data?.workflowRun ?? { status: 'GONE', steps: [] }) as {
          status: string;
          steps: { key: string; status: string; attempts: number }[];
        };

      // Kill it once a few records were written and the rest are still to come.
      await expect
        .poll(
          async () => (await stepsOf()).steps.filter((st) => st.status === 'SUCCEEDED').length,
          {
            timeout: 60_000,
            interval: 50,
          },
        )
        .toBeGreaterThanOrEqual(3);
      const doneBefore = (await stepsOf()).steps
        .filter((st) => st.status === 'SUCCEEDED')
        .map((st) => st.key);
      first.kill('SIGKILL');
      await new Promise((resolve) => first.once('exit', resolve));
      expect(doneBefore.filter((key) => key.endsWith('.make')).length).toBeLessThan(RECORDS);
      startServiceProcess(SERVER, env);
      await waitUntilReady(url);

      await expect
        .poll(async () => (await stepsOf()).status, { timeout: 90_000, interval: 200 })
        .toBe('SUCCEEDED');
      const after = await stepsOf();
      // Steps that had completed kept their first and only attempt.
      for (const key of doneBefore)
        expect(after.steps.find((st) => st.key === key)!.attempts).toBe(1);
      expect(after.steps.filter((st) => st.key.endsWith('.make'))).toHaveLength(RECORDS);
      // airtable-local holds each record exactly once.
      const names = (
        await s.airtable(
          'GET',
          `Deals?filterByFormula=${encodeURIComponent(`FIND('Kill-9 deal', {Name})`)}`,
        )
      ).records.map((r: { fields: { Name: string } }) => r.fields.Name);
      expect(names.sort()).toEqual([...items].sort());
    },
  );
});
