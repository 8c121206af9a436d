import { parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  loadApiSchema,
  loadGraphTools,
  runGraphTool,
  type ExecuteOperation,
  type GraphTool,
} from '../src/index.ts';

function tool(name: string): GraphTool {
  return loadGraphTools().find((t) => t.name === name)!;
}

/** A fake gateway: answers the setting and record reads, records every operation it ran. */
function fakeGateway(requireWriteConfirmation: boolean) {
  const calls: { name: string; variables: Record<string, unknown> }[] = [];
  const execute: ExecuteOperation = async (document, variables) => {
    const errors = validate(loadApiSchema(), parse(document));
    if (errors.length > 0) throw new Error(errors.map((e) => e.message).join('\n'));
    const name = /(?:query|mutation) (\w+)/.exec(document)![1]!;
    calls.push({ name, variables });
    switch (name) {
      case 'WriteConfirmationSetting':
        return { data: { base: { workspace: { settings: { requireWriteConfirmation } } } } };
      case 'CurrentRecords':
        return {
          data: {
            records: {
              edges: [
                { node: { id: 'rec1', fields: { Name: 'Acme', Stage: 'Open', Amount: 10 } } },
                { node: { id: 'rec2', fields: { Name: 'Beta', Stage: 'Lost' } } },
              ],
            },
          },
        };
      default:
        return { data: { done: name } };
    }
  };
  return { execute, calls };
}

const update = {
  baseId: 'app1',
  tableId: 'Deals',
  records: [
    { id: 'rec1', fields: { Stage: 'Won' } },
    { id: 'recGone', fields: { Stage: 'Won' } },
  ],
};

describe('write confirmation', () => {
  it('gives every write tool a confirm argument, and no read tool', () => {
    for (const t of loadGraphTools()) {
      expect('confirm' in t.inputSchema.properties).toBe(t.mutates);
    }
    expect(tool('update_records').inputSchema.properties.confirm).toMatchObject({
      type: 'boolean',
    });
  });

  it('writes at once when the workspace does not ask for confirmation', async () => {
    const gateway = fakeGateway(false);
    const result = await runGraphTool(tool('update_records'), update, gateway.execute);
    expect(result).toEqual({ ok: true, data: { done: 'UpdateRecords' } });
    expect(gateway.calls.map((c) => c.name)).toEqual(['WriteConfirmationSetting', 'UpdateRecords']);
    expect(gateway.calls[0]!.variables).toEqual({ baseId: 'app1' });
  });

  it('previews an unconfirmed write, with the records as they are now next to the change', async () => {
    const gateway = fakeGateway(true);
    const result = await runGraphTool(tool('update_records'), update, gateway.execute);
    expect(gateway.calls.map((c) => c.name)).toEqual([
      'WriteConfirmationSetting',
      'CurrentRecords',
    ]);
    expect(gateway.calls[1]!.variables.filterByFormula).toBe(
      'OR(RECORD_ID() = "rec1", RECORD_ID() = "recGone")',
    );
    expect(result).toMatchObject({
      ok: true,
      data: {
        confirmationRequired: true,
        recordCount: 2,
        preview: {
          replace: false,
          records: [
            { id: 'rec1', found: true, current: { Stage: 'Open' }, change: { Stage: 'Won' } },
            { id: 'recGone', found: false, current: null, change: { Stage: 'Won' } },
          ],
        },
      },
    });
    expect(result.ok && result.data.message).toMatch(/confirm: true/);
  });

  it('writes a confirmed change without asking again', async () => {
    const gateway = fakeGateway(true);
    const result = await runGraphTool(
      tool('update_records'),
      { ...update, confirm: true },
      gateway.execute,
    );
    expect(result).toEqual({ ok: true, data: { done: 'UpdateRecords' } });
    expect(gateway.calls.map((c) => c.name)).toEqual(['UpdateRecords']);
    expect(gateway.calls[0]!.variables).not.toHaveProperty('confirm');
  });

  it('previews deletes and upserts from the current records', async () => {
    const gateway = fakeGateway(true);
    const deletion = await runGraphTool(
      tool('delete_records'),
      { baseId: 'app1', tableId: 'Deals', ids: ['rec2'] },
      gateway.execute,
    );
    expect(deletion).toMatchObject({
      ok: true,
      data: {
        preview: {
          delete: expect.arrayContaining([{ id: 'rec2', fields: { Name: 'Beta', Stage: 'Lost' } }]),
        },
      },
    });
    const upsert = await runGraphTool(
      tool('upsert_records'),
      {
        baseId: 'app1',
        tableId: 'Deals',
        fieldsToMergeOn: ['Name'],
        records: [{ fields: { Name: 'Acme', Amount: 20 } }, { fields: { Name: 'New "Co"' } }],
      },
      gateway.execute,
    );
    expect(gateway.calls.at(-1)!.variables.filterByFormula).toBe(
      'OR(AND({Name} = "Acme"), AND({Name} = "New \\"Co\\""))',
    );
    expect(upsert).toMatchObject({
      ok: true,
      data: {
        preview: {
          records: [
            { action: 'update', id: 'rec1', current: { Name: 'Acme', Amount: 10 } },
            { action: 'create', change: { Name: 'New "Co"' } },
          ],
        },
      },
    });
  });

  it('runs sync_tables dry runs without confirmation, and previews a real sync by its dry run', async () => {
    const gateway = fakeGateway(true);
    const input = {
      sourceBaseId: 'app1',
      sourceTableId: 'A',
      targetTableId: 'B',
      keyField: 'Name',
    };
    await runGraphTool(tool('sync_tables'), { input }, gateway.execute);
    expect(gateway.calls.map((c) => c.name)).toEqual(['SyncTables']);
    expect((gateway.calls[0]!.variables.input as any).dryRun).toBe(true);

    const applied = await runGraphTool(
      tool('sync_tables'),
      { input: { ...input, dryRun: false } },
      gateway.execute,
    );
    expect(gateway.calls.slice(1).map((c) => c.name)).toEqual([
      'WriteConfirmationSetting',
      'SyncTables',
    ]);
    expect((gateway.calls[2]!.variables.input as any).dryRun).toBe(true);
    expect(applied).toMatchObject({ ok: true, data: { confirmationRequired: true } });
  });

  it('refuses a confirm that is not a boolean, and confirm on a read tool', async () => {
    const gateway = fakeGateway(true);
    expect(
      await runGraphTool(tool('update_records'), { ...update, confirm: 'yes' }, gateway.execute),
    ).toMatchObject({ ok: false, code: 'BAD_USER_INPUT' });
    const read = await runGraphTool(
      tool('get_record'),
      { baseId: 'a', tableId: 't', id: 'r', confirm: true },
      gateway.execute,
    );
    expect(read).toMatchObject({
      ok: false,
      error: expect.stringContaining('Unknown argument "confirm"'),
    });
    expect(gateway.calls).toEqual([]);
  });

  it('passes on the error when the setting cannot be read', async () => {
    const result = await runGraphTool(tool('update_records'), update, async () => ({
      data: null,
      errors: [{ message: 'Base app1 was not found.', extensions: { code: 'NOT_FOUND' } }],
    }));
    expect(result).toEqual({
      ok: false,
      error: 'Base app1 was not found.',
      code: 'NOT_FOUND',
      hint: 'Call list_bases to see the bases you can use.',
    });
  });
});
