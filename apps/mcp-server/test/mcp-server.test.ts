import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { demoCrmBase } from '@pyairtable/airtable-local/demo-crm';
import { describe, expect, it, onTestFinished } from 'vitest';
import { call, connectHttp, member, startBareMcpStack, startMcpStack } from './mcp-stack.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const seeded = demoCrmBase()
  .tables.find((t) => t.name === 'Deals')!
  .records.map((r) => r.fields);

const CONTRACT = [
  'list_bases',
  'list_tables',
  'describe_table',
  'list_records',
  'search_records',
  'get_record',
  'create_records',
  'update_records',
  'upsert_records',
  'delete_records',
  'create_table',
  'create_field',
  'analyze_table',
  'find_duplicates',
  'export_csv',
  'sync_tables',
];

// "Which deals over $50k close this month?"
const BIG_DEALS_THIS_MONTH = "AND({Amount} > 50000, IS_SAME({Close Date}, TODAY(), 'month'))";

describe('MCP server', () => {
  // One synced stack serves the whole walk-through: syncing the demo base is the slow part.
  it(
    'serves the graph tools over Streamable HTTP and stdio, with the caller’s permissions',
    { timeout: 120_000 },
    async () => {
      const s = await startMcpStack();
      const { client, transport } = await connectHttp(s.mcp.url, s.ownerKey);

      // Tools and their schemas.
      const { tools } = await client.listTools();
      expect(tools.map((t) => t.name)).toEqual(expect.arrayContaining(CONTRACT));
      const listRecords = tools.find((t) => t.name === 'list_records')!;
      expect(listRecords.inputSchema.required).toEqual(['baseId', 'tableId']);
      expect(listRecords.inputSchema.properties!.sort).toMatchObject({
        type: 'array',
        items: { properties: { direction: { enum: ['ASC', 'DESC'] } } },
      });
      expect(listRecords.annotations?.readOnlyHint).toBe(true);
      expect(tools.find((t) => t.name === 'delete_records')!.annotations).toMatchObject({
        readOnlyHint: false,
        destructiveHint: true,
      });

      // From list_bases to the base id.
      const bases = await call(client, 'list_bases', {});
      const workspace = bases.data.me.workspaces.find((w: any) => w.id === s.workspaceId);
      expect(workspace.bases).toEqual([
        expect.objectContaining({ id: s.baseId, name: 'Demo CRM' }),
      ]);

      // Pagination: each page says whether there is more and how to ask for it.
      const ids = new Set<string>();
      let after: string | undefined;
      let pages = 0;
      for (;;) {
        const page = await call(client, 'list_records', {
          baseId: s.baseId,
          tableId: 'Deals',
          fields: ['Name'],
          first: 120,
          ...(after ? { after } : {}),
        });
        pages++;
        expect(page.data.records.totalCount).toBe(seeded.length);
        for (const edge of page.data.records.edges) ids.add(edge.node.id);
        if (!page.data.records.pageInfo.hasNextPage) break;
        after = page.data.records.pageInfo.endCursor;
      }
      expect(pages).toBe(3);
      expect(ids.size).toBe(seeded.length);

      // A write, visible afterwards: two deals now close today, over $50k.
      const today = new Date().toISOString().slice(0, 10);
      const [first, second] = [...ids];
      const written = await call(client, 'update_records', {
        baseId: s.baseId,
        tableId: 'Deals',
        records: [
          { id: first, fields: { 'Close Date': today, Amount: 75_000 } },
          { id: second, fields: { 'Close Date': today, Amount: 20_000 } },
        ],
      });
      expect(written.isError).toBe(false);
      expect(written.data.updateRecords.status).toBe('APPLIED');

      // The question, answered with list_records and a formula.
      const month = today.slice(0, 7);
      const answer = await call(client, 'list_records', {
        baseId: s.baseId,
        tableId: 'Deals',
        filterByFormula: BIG_DEALS_THIS_MONTH,
        fields: ['Name', 'Amount', 'Close Date', 'Stage'],
        first: 100,
      });
      expect(answer.isError).toBe(false);
      const found = answer.data.records.edges.map((e: any) => e.node);
      const changed = new Set([first, second]);
      const untouched = seeded.filter(
        (d) => (d.Amount as number) > 50_000 && String(d['Close Date']).startsWith(month),
      ).length;
      expect(found.filter((r: any) => !changed.has(r.id))).toHaveLength(untouched);
      expect(found.find((r: any) => r.id === first)?.fields).toMatchObject({
        Amount: 75_000,
        'Close Date': today,
      });
      expect(found.some((r: any) => r.id === second)).toBe(false);
      expect(answer.data.records.totalCount).toBe(untouched + 1);

      // A bad argument is named, not thrown.
      const bad = await call(client, 'list_records', { baseId: s.baseId });
      expect(bad).toMatchObject({ isError: true });
      expect(bad.text).toContain('"tableId"');
      const badFormula = await call(client, 'list_records', {
        baseId: s.baseId,
        tableId: 'Deals',
        filterByFormula: '{Amount >',
      });
      expect(badFormula.isError).toBe(true);
      expect(badFormula.text).toMatch(/^BAD_USER_INPUT: /);

      // A viewer reads but cannot write.
      const viewer = await member(s, 'VIEWER');
      const asViewer = await connectHttp(s.mcp.url, viewer.key);
      const read = await call(asViewer.client, 'get_record', {
        baseId: s.baseId,
        tableId: 'Deals',
        id: first,
      });
      expect(read.data.record.fields.Amount).toBe(75_000);
      const refused = await call(asViewer.client, 'update_records', {
        baseId: s.baseId,
        tableId: 'Deals',
        records: [{ id: first, fields: { Amount: 1 } }],
      });
      expect(refused.isError).toBe(true);
      expect(refused.text).toMatch(/^FORBIDDEN: /);

      // Sessions belong to their caller: the viewer cannot use the owner's session.
      const hijack = await fetch(s.mcp.url, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${viewer.key}`,
          'content-type': 'application/json',
          accept: 'application/json, text/event-stream',
          'mcp-session-id': transport.sessionId!,
          'mcp-protocol-version': '2025-06-18',
        },
        body: JSON.stringify({ jsonrpc: '2.0', id: 99, method: 'tools/list', params: {} }),
      });
      expect(hijack.status).toBe(404);
      const own = await fetch(s.mcp.url, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${s.ownerKey}`,
          'content-type': 'application/json',
          accept: 'application/json, text/event-stream',
          'mcp-session-id': transport.sessionId!,
          'mcp-protocol-version': '2025-06-18',
        },
        body: JSON.stringify({ jsonrpc: '2.0', id: 99, method: 'tools/list', params: {} }),
      });
      expect(own.status).toBe(200);
      expect(await own.text()).toContain('list_records');

      // Workspaces that ask for confirmation get a preview first.
      await s.stack.execute(
        `mutation ($i: UpdateWorkspaceSettingsInput!) { updateWorkspaceSettings(input: $i) { id } }`,
        { i: { workspaceId: s.workspaceId, requireWriteConfirmation: true } },
        s.owner.accessToken,
      );
      const change = {
        baseId: s.baseId,
        tableId: 'Deals',
        records: [{ id: first, fields: { Stage: 'Won' } }],
      };
      const before = read.data.record.fields.Stage;
      const preview = await call(client, 'update_records', change);
      expect(preview.data).toMatchObject({
        confirmationRequired: true,
        preview: { records: [{ id: first, current: { Stage: before }, change: { Stage: 'Won' } }] },
      });
      const unchanged = await call(client, 'get_record', {
        baseId: s.baseId,
        tableId: 'Deals',
        id: first,
      });
      expect(unchanged.data.record.fields.Stage).toBe(before);
      const confirmed = await call(client, 'update_records', { ...change, confirm: true });
      expect(confirmed.data.updateRecords.records[0].fields.Stage).toBe('Won');

      // Automations: listed, run, and their run read back, through the same graph.
      const workflow = await s.stack.execute(
        `mutation ($i: CreateWorkflowInput!) { createWorkflow(input: $i) { id } }`,
        {
          i: {
            workspaceId: s.workspaceId,
            name: 'Follow up',
            trigger: { type: 'MANUAL' },
            steps: [{ id: 'nap', type: 'wait', seconds: 60 }],
          },
        },
        s.owner.accessToken,
      );
      const workflowId = workflow.data!.createWorkflow.id as string;
      await s.stack.execute(
        `mutation ($id: ID!) { setWorkflowEnabled(id: $id, enabled: true) { id } }`,
        { id: workflowId },
        s.owner.accessToken,
      );
      const listed = await call(client, 'list_workflows', { workspaceId: s.workspaceId });
      expect(listed.data.workflows).toMatchObject([
        { id: workflowId, name: 'Follow up', enabled: true },
      ]);
      const started = await call(client, 'run_workflow', { workflowId });
      expect(started.data.runWorkflow).toMatchObject({ status: 'QUEUED', version: 1 });
      const runRead = await call(client, 'get_workflow_run', {
        runId: started.data.runWorkflow.id,
      });
      expect(runRead.data.workflowRun).toMatchObject({ workflowId, triggerType: 'MANUAL' });

      // stdio, as a desktop client starts it: the API key from the environment.
      const stdio = new Client({ name: 'mcp-test-stdio', version: '1.0.0' });
      await stdio.connect(
        new StdioClientTransport({
          command: path.join(root, 'node_modules/.bin/tsx'),
          args: [path.join(root, 'apps/mcp-server/src/stdio.ts')],
          cwd: root,
          env: {
            PATH: process.env.PATH ?? '',
            PYAIRTABLE_API_KEY: s.ownerKey,
            GATEWAY_URL: new URL('/', s.stack.gatewayUrl).toString(),
            LOG_LEVEL: 'silent',
          },
          stderr: 'pipe',
        }),
      );
      onTestFinished(() => stdio.close());
      expect((await stdio.listTools()).tools.map((t) => t.name)).toEqual(tools.map((t) => t.name));
      const overStdio = await call(stdio, 'list_records', {
        baseId: s.baseId,
        tableId: 'Deals',
        filterByFormula: BIG_DEALS_THIS_MONTH,
        first: 100,
      });
      expect(overStdio.data.records.totalCount).toBe(untouched + 1);
    },
  );

  it('refuses callers without a valid bearer, and pages from other origins', async () => {
    const s = await startBareMcpStack();
    const initialize = (headers: Record<string, string>) =>
      fetch(s.mcp.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json, text/event-stream',
          ...headers,
        },
        body: JSON.stringify({
          jsonrpc: '2.0',
          id: 1,
          method: 'initialize',
          params: {
            protocolVersion: '2025-06-18',
            capabilities: {},
            clientInfo: { name: 'raw', version: '1' },
          },
        }),
      });

    const anonymous = await initialize({});
    expect(anonymous.status).toBe(401);
    const challenge = anonymous.headers.get('www-authenticate')!;
    expect(challenge).toMatch(/^Bearer /);
    const metadataUrl = /resource_metadata="([^"]+)"/.exec(challenge)![1]!;
    const metadata = await (await fetch(metadataUrl)).json();
    expect(metadata).toMatchObject({ resource: s.mcp.url, bearer_methods_supported: ['header'] });

    const forged = await initialize({ authorization: 'Bearer pyat_not-a-real-key-000000' });
    expect(forged.status).toBe(401);
    expect(forged.headers.get('www-authenticate')).toContain('error="invalid_token"');

    const evil = await initialize({
      authorization: `Bearer ${s.key}`,
      origin: 'http://evil.example',
    });
    expect(evil.status).toBe(403);
    // DNS rebinding: a page on evil.example resolved to 127.0.0.1 still says Host: evil.example
    // (fetch cannot set Host, so this one goes through node:http).
    const rebound = await new Promise<number>((resolve, reject) => {
      const url = new URL(s.mcp.url);
      http
        .request(
          {
            host: url.hostname,
            port: url.port,
            path: url.pathname,
            method: 'POST',
            headers: { host: 'evil.example', authorization: `Bearer ${s.key}` },
          },
          (res) => resolve(res.statusCode!),
        )
        .on('error', reject)
        .end('{}');
    });
    expect(rebound).toBe(403);
    const dashboard = await initialize({
      authorization: `Bearer ${s.key}`,
      origin: 'http://localhost:3000',
    });
    expect(dashboard.status).toBe(200);
    expect(dashboard.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
    expect(dashboard.headers.get('mcp-session-id')).toBeTruthy();

    expect((await fetch(new URL('/healthz', s.mcp.url))).status).toBe(200);
    expect((await fetch(new URL('/readyz', s.mcp.url))).status).toBe(200);
  });
});
