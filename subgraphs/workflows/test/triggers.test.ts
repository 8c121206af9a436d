import { describe, expect, it } from 'vitest';
import { startWorkflows, type Workflows } from './harness.ts';

async function firstRecord(s: Workflows, table: string, formula?: string) {
  const query = formula
    ? `?maxRecords=1&filterByFormula=${encodeURIComponent(formula)}`
    : '?maxRecords=1';
  return (await s.airtable('GET', `${table}${query}`)).records[0] as {
    id: string;
    fields: Record<string, any>;
  };
}

describe('workflows: record triggers', () => {
  it('runs when a record is created in Airtable and updates another table', async () => {
    const s = await startWorkflows();
    const deals = s.tableId('Deals');
    const companies = s.tableId('Companies');
    const company = await firstRecord(s, 'Companies');
    const id = await s.createWorkflow({
      trigger: { type: 'RECORD_CREATED', baseId: s.baseId, tableId: deals },
      steps: [
        {
          id: 'note',
          type: 'updateRecord',
          baseId: s.baseId,
          tableId: companies,
          recordId: company.id,
          fields: { Notes: 'New deal: {{trigger.record.fields.Name}} ({{trigger.record.id}})' },
        },
      ],
    });

    const created = await s.airtable('POST', 'Deals', { fields: { Name: 'Workflow deal' } });
    await s.deps.sync.pollNow(s.baseId);
    const [run] = await s.finishedRuns(id, 1);
    expect(run!.status).toBe('SUCCEEDED');
    expect(run!.triggerType).toBe('RECORD_CREATED');
    expect(run!.trigger.record.fields.Name).toBe('Workflow deal');
    expect(run!.steps).toMatchObject([{ key: 'note', status: 'SUCCEEDED', attempts: 1 }]);
    const after = await s.airtable('GET', `Companies/${company.id}`);
    expect(after.fields.Notes).toBe(`New deal: Workflow deal (${created.id})`);
  });

  it('fires "enters a condition" once when a deal becomes Won, not on later edits', async () => {
    const s = await startWorkflows();
    const deals = s.tableId('Deals');
    const deal = await firstRecord(s, 'Deals', `{Stage} = 'Lead'`);
    const id = await s.createWorkflow({
      trigger: {
        type: 'RECORD_MATCHES',
        baseId: s.baseId,
        tableId: deals,
        formula: `{Stage} = 'Won'`,
      },
      steps: [
        {
          id: 'check',
          type: 'condition',
          formula: `{Stage} = 'Won'`,
          then: [
            {
              id: 'mark',
              type: 'updateRecord',
              baseId: s.baseId,
              tableId: deals,
              recordId: '{{trigger.record.id}}',
              fields: { 'Next Step': 'Kick-off with {{trigger.record.fields.Name}}' },
            },
          ],
        },
      ],
    });

    const edit = async (fields: Record<string, unknown>) => {
      await s.airtable('PATCH', `Deals/${deal.id}`, { fields });
      await s.deps.sync.pollNow(s.baseId);
      await s.workers.triggers.catchUp();
    };
    await edit({ Stage: 'Won' });
    const [run] = await s.finishedRuns(id, 1);
    expect(run!.status).toBe('SUCCEEDED');
    expect(run!.steps.map((st) => [st.key, st.status])).toEqual([
      ['check', 'SUCCEEDED'],
      ['check.then.mark', 'SUCCEEDED'],
    ]);
    // The workflow's own write and later edits while Won do not fire it again.
    await s.deps.sync.pollNow(s.baseId);
    await edit({ Amount: 12345 });
    await edit({ Priority: 3 });
    // Leaving and entering again is a new entry.
    await edit({ Stage: 'Lost' });
    expect(await s.runs(id)).toHaveLength(1);
    await edit({ Stage: 'Won' });
    const runs = await s.finishedRuns(id, 2);
    expect(runs.map((r) => r.status)).toEqual(['SUCCEEDED', 'SUCCEEDED']);
    expect((await s.airtable('GET', `Deals/${deal.id}`)).fields['Next Step']).toBe(
      `Kick-off with ${deal.fields.Name}`,
    );
  });

  it('fires a record update only when a watched field changed', async () => {
    const s = await startWorkflows();
    const deals = s.tableId('Deals');
    const deal = await firstRecord(s, 'Deals');
    const id = await s.createWorkflow({
      trigger: { type: 'RECORD_UPDATED', baseId: s.baseId, tableId: deals, fields: ['Amount'] },
      steps: [
        {
          id: 'find',
          type: 'findRecords',
          baseId: s.baseId,
          tableId: deals,
          formula: '{Amount} >= {{trigger.record.fields.Amount}}',
          maxRecords: 5,
        },
      ],
    });
    await s.airtable('PATCH', `Deals/${deal.id}`, { fields: { 'Next Step': 'Call' } });
    await s.deps.sync.pollNow(s.baseId);
    await s.workers.triggers.catchUp();
    await s.airtable('PATCH', `Deals/${deal.id}`, { fields: { Amount: 999_999_999 } });
    await s.deps.sync.pollNow(s.baseId);
    const [run] = await s.finishedRuns(id, 1);
    expect(run!.trigger.changedFields).toContain('Amount');
    expect(run!.trigger.previous.fields.Amount).toBe(deal.fields.Amount ?? undefined);
    expect(run!.steps[0]!.output).toMatchObject({ count: 1, records: [{ id: deal.id }] });
    expect(run!.steps[0]!.input.formula).toBe('{Amount} >= 999999999');
  });
});
