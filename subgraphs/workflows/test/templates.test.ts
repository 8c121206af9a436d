import { describe, expect, it } from 'vitest';
import { fillFormula, fillTemplates, parsePath, templatesIn } from '../src/domain/templates.ts';
import { matchRecordTrigger } from '../src/triggers/match-record-trigger.ts';

const scope = {
  trigger: {
    record: { id: 'rec1', fields: { Name: 'Acme "big" deal', Amount: 1200, 'Deal name': 'x' } },
  },
  steps: { find: { records: [{ id: 'recA' }, { id: 'recB' }], count: 2 } },
};

describe('templates', () => {
  it('parses dotted, indexed and quoted paths', () => {
    expect(parsePath('steps.find.records[1].id')).toEqual(['steps', 'find', 'records', 1, 'id']);
    expect(parsePath('trigger.record.fields["Deal name"]')).toEqual([
      'trigger',
      'record',
      'fields',
      'Deal name',
    ]);
    expect(parsePath('trigger.record.fields.Deal name')).toEqual([
      'trigger',
      'record',
      'fields',
      'Deal name',
    ]);
    expect(() => parsePath('steps..x')).toThrow(/not a template path/);
  });

  it('keeps the type of a whole template and writes values into text', () => {
    expect(fillTemplates('{{steps.find.records}}', scope)).toEqual([
      { id: 'recA' },
      { id: 'recB' },
    ]);
    expect(fillTemplates('{{ trigger.record.fields.Amount }}', scope)).toBe(1200);
    expect(fillTemplates({ a: ['n={{steps.find.count}}', '{{steps.missing.id}}'] }, scope)).toEqual(
      {
        a: ['n=2', null],
      },
    );
    expect(fillTemplates('{{steps.find.records[0]}}!', scope)).toBe('{"id":"recA"}!');
  });

  it('puts values into formulas as literals, so a value cannot change the formula', () => {
    expect(fillFormula('{Name} = {{trigger.record.fields.Name}}', scope)).toBe(
      '{Name} = "Acme \\"big\\" deal"',
    );
    expect(fillFormula('{Amount} > {{trigger.record.fields.Amount}}', scope)).toBe(
      '{Amount} > 1200',
    );
    expect(fillFormula('{X} = {{steps.nothing}}', scope)).toBe('{X} = BLANK()');
  });

  it('lists every template with where it is', () => {
    expect(
      templatesIn(
        { fields: { Name: 'Hi {{trigger.record.id}}', List: ['{{loop.item}}'] } },
        'steps[0]',
      ),
    ).toEqual([
      { path: 'trigger.record.id', at: 'steps[0].fields.Name' },
      { path: 'loop.item', at: 'steps[0].fields.List[0]' },
    ]);
  });
});

describe('record triggers', () => {
  const table = {
    id: 'tbl1',
    baseId: 'app1',
    name: 'Deals',
    primaryFieldId: 'fldName',
    fields: [
      { id: 'fldName', name: 'Name', type: 'singleLineText' },
      { id: 'fldStage', name: 'Stage', type: 'singleSelect' },
    ],
  };
  const change = (
    kind: 'CREATED' | 'UPDATED' | 'DELETED',
    before: object | null,
    after: object | null,
    changed: string[],
  ) => ({
    sequence: '1',
    occurredAt: '2026-01-01T00:00:00.000Z',
    baseId: 'app1',
    tableId: 'tbl1',
    recordId: 'rec1',
    kind,
    changedFields: changed,
    before: before as Record<string, unknown> | null,
    after: after as Record<string, unknown> | null,
    createdTime: '2026-01-01T00:00:00.000Z',
    source: 'sync' as const,
    workspaceIds: ['w1'],
    actorId: null,
  });
  const won = {
    type: 'RECORD_MATCHES' as const,
    baseId: 'app1',
    tableId: 'tbl1',
    formula: "{Stage} = 'Won'",
  };
  const now = new Date();

  it('fires "matches" on entering the condition only', () => {
    const entering = change('UPDATED', { fldStage: 'Lead' }, { fldName: 'A', fldStage: 'Won' }, [
      'fldStage',
    ]);
    expect(matchRecordTrigger(won, 'v1', entering, table, now)).toMatchObject({
      record: { id: 'rec1', fields: { Name: 'A', Stage: 'Won' } },
      previous: { fields: { Name: 'A', Stage: 'Lead' } },
      changedFields: ['Stage'],
    });
    const staying = change('UPDATED', { fldName: 'A' }, { fldName: 'B', fldStage: 'Won' }, [
      'fldName',
    ]);
    expect(matchRecordTrigger(won, 'v1', staying, table, now)).toBeNull();
    // A field that was empty before (absent from `before`) counts as empty, not as its new value.
    const fromEmpty = change('UPDATED', {}, { fldName: 'A', fldStage: 'Won' }, ['fldStage']);
    expect(matchRecordTrigger(won, 'v1', fromEmpty, table, now)).not.toBeNull();
    expect(
      matchRecordTrigger(
        won,
        'v1',
        change('CREATED', null, { fldStage: 'Won' }, ['fldStage']),
        table,
        now,
      ),
    ).not.toBeNull();
    expect(
      matchRecordTrigger(won, 'v1', change('DELETED', { fldStage: 'Won' }, null, []), table, now),
    ).toBeNull();
  });

  it('fires "updated" only for watched fields, and "created" only for creations', () => {
    const updated = {
      type: 'RECORD_UPDATED' as const,
      baseId: 'app1',
      tableId: 'tbl1',
      fields: ['Stage'],
    };
    expect(
      matchRecordTrigger(
        updated,
        'v',
        change('UPDATED', {}, { fldName: 'B' }, ['fldName']),
        table,
        now,
      ),
    ).toBeNull();
    expect(
      matchRecordTrigger(
        updated,
        'v',
        change('UPDATED', {}, { fldStage: 'Lost' }, ['fldStage']),
        table,
        now,
      ),
    ).not.toBeNull();
    const created = { type: 'RECORD_CREATED' as const, baseId: 'app1', tableId: 'tbl1' };
    expect(
      matchRecordTrigger(created, 'v', change('UPDATED', {}, {}, ['fldName']), table, now),
    ).toBeNull();
    expect(
      matchRecordTrigger(
        { ...created, tableId: 'tbl2' },
        'v',
        change('CREATED', null, {}, []),
        table,
        now,
      ),
    ).toBeNull();
  });
});
