import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { startMcpStack } from './mcp-stack.ts';

const run = promisify(execFile);
// The MCP Inspector's command line (what `npx @modelcontextprotocol/inspector --cli` runs).
const INSPECTOR = path.join(
  path.dirname(
    createRequire(import.meta.url).resolve('@modelcontextprotocol/inspector-cli/package.json'),
  ),
  'build',
  'index.js',
);

/** Runs the inspector against the MCP server as a client developer would; returns its JSON. */
async function inspect(url: string, key: string, ...args: string[]) {
  const { stdout } = await run(
    process.execPath,
    [INSPECTOR, url, '--transport', 'http', '--header', `Authorization: Bearer ${key}`, ...args],
    // It finds its own package.json relative to the working directory: run it from its folder.
    { timeout: 60_000, cwd: path.dirname(INSPECTOR) },
  );
  return JSON.parse(stdout) as any;
}

describe('the MCP server through the MCP Inspector CLI', () => {
  it('lists and calls tools, with compact answers, names beside linked ids, and next steps on errors', async () => {
    const s = await startMcpStack();
    const listed = await inspect(s.mcp.url, s.ownerKey, '--method', 'tools/list');
    expect(listed.tools.map((t: { name: string }) => t.name)).toEqual(
      expect.arrayContaining(['list_bases', 'list_records', 'describe_table', 'upsert_records']),
    );

    const page = await inspect(
      s.mcp.url,
      s.ownerKey,
      '--method',
      'tools/call',
      '--tool-name',
      'list_records',
      '--tool-arg',
      `baseId=${s.baseId}`,
      'tableId=Deals',
      'first=2',
    );
    const text = page.content[0].text as string;
    expect(text).not.toContain('\n'); // compact JSON
    const records = JSON.parse(text).records;
    expect(records.totalCount).toBe(300);
    expect(records.pageInfo.hasNextPage).toBe(true);
    const company = records.edges[0].node.fields.Company;
    expect(company[0]).toEqual({ id: expect.stringMatching(/^rec/), name: expect.any(String) });

    // describe_table at each level of detail: ids, then types, then options and views.
    const describe = async (detail: string) => {
      const answer = await inspect(
        s.mcp.url,
        s.ownerKey,
        '--method',
        'tools/call',
        '--tool-name',
        'describe_table',
        '--tool-arg',
        `baseId=${s.baseId}`,
        'table=Deals',
        `detail=${detail}`,
      );
      return JSON.parse(answer.content[0].text).base.table;
    };
    const ids = await describe('IDS');
    expect(ids.recordCount).toBe(300);
    const amount = (table: any) => table.schema.fields.find((f: any) => f.name === 'Amount');
    expect(amount(ids)).toEqual({ id: expect.stringMatching(/^fld/), name: 'Amount' });
    expect(ids.schema.views).toBeUndefined();
    const names = await describe('NAMES');
    expect(amount(names)).toEqual({ id: amount(ids).id, name: 'Amount', type: 'currency' });
    const full = await describe('FULL');
    expect(amount(full).options).toMatchObject({ precision: expect.any(Number) });
    expect(full.schema.views.length).toBeGreaterThan(0);
    const stage = full.schema.fields.find((f: any) => f.name === 'Stage');
    expect(stage.options.choices.map((c: any) => c.name)).toContain('Won');

    const missing = await inspect(
      s.mcp.url,
      s.ownerKey,
      '--method',
      'tools/call',
      '--tool-name',
      'list_records',
      '--tool-arg',
      `baseId=${s.baseId}`,
      'tableId=Invoices',
    );
    expect(missing.isError).toBe(true);
    expect(missing.content[0].text).toBe(
      'NOT_FOUND: Table Invoices was not found.\nCall list_tables with the baseId to see its tables.',
    );
  }, 120_000);
});
