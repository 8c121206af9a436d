// The builder's pure logic: new steps, moving them, the field picker's templates, and which
// step a refusal's path names.
import { describe, expect, it } from 'vitest';
import {
  allStepIds,
  errorOwner,
  insertAt,
  moveItem,
  newStep,
  readSteps,
  stepTemplates,
  triggerSummary,
  triggerTemplates,
} from '../src/lib/workflow-draft.ts';

describe('workflow drafts', () => {
  it('gives a new step an id no other step has, inside branches and loops too', () => {
    const steps = readSteps([
      {
        id: 'check',
        type: 'condition',
        formula: '',
        then: [{ id: 'update', type: 'updateRecord' }],
        else: [],
      },
    ]);
    const taken = allStepIds(steps);
    expect([...taken]).toEqual(['check', 'update']);
    expect(newStep('updateRecord', taken).id).toBe('update2');
    expect(newStep('askAssistant', taken)).toMatchObject({ id: 'assistant', prompt: '' });
    expect(newStep('condition', taken)).toMatchObject({ then: [], else: [] });
  });

  it('moves a step up or down and leaves the ends alone', () => {
    expect(moveItem(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('finds the step a refusal names, however deep, or the trigger', () => {
    expect(errorOwner('steps[1].fields.Status')).toBe('steps[1]');
    expect(errorOwner('steps[0].then[2].recordId')).toBe('steps[0].then[2]');
    expect(errorOwner('steps[3].steps[0].else[1]')).toBe('steps[3].steps[0].else[1]');
    expect(errorOwner('trigger.formula')).toBe('trigger');
    expect(errorOwner('name')).toBeNull();
    expect(errorOwner(undefined)).toBeNull();
  });

  it('offers the trigger record’s fields and earlier steps’ outputs as templates', () => {
    const updated = triggerTemplates({ type: 'RECORD_UPDATED' }, ['Name']).map((o) => o.template);
    expect(updated).toContain('{{trigger.record.fields.Name}}');
    expect(updated).toContain('{{trigger.previous.fields.Name}}');
    expect(updated).toContain('{{trigger.changedFields}}');
    expect(triggerTemplates({ type: 'WEBHOOK' }, []).map((o) => o.template)).toEqual([
      '{{trigger.body}}',
      '{{trigger.receivedAt}}',
    ]);
    const find = stepTemplates({ id: 'find', type: 'findRecords' }, ['Email']).map(
      (o) => o.template,
    );
    expect(find).toContain('{{steps.find.records[0].id}}');
    expect(find).toContain('{{steps.find.records[0].fields.Email}}');
  });

  it('inserts a template at the caret, replacing a selection', () => {
    expect(insertAt('Call about ', '{{x}}', 11, 11)).toEqual({
      value: 'Call about {{x}}',
      caret: 16,
    });
    expect(insertAt('Hi NAME!', '{{x}}', 3, 7)).toEqual({ value: 'Hi {{x}}!', caret: 8 });
    expect(insertAt('end', '{{x}}', null, null)).toEqual({ value: 'end{{x}}', caret: 8 });
  });

  it('sums up a trigger in a few words', () => {
    expect(triggerSummary({ type: 'RECORD_CREATED' }, 'Deals')).toBe('Record created in Deals');
    expect(triggerSummary({ type: 'RECORD_UPDATED', fields: ['Stage'] }, 'Deals')).toBe(
      'Record updated in Deals (Stage)',
    );
    expect(triggerSummary({ type: 'SCHEDULE', cron: '0 9 * * 1', timeZone: 'Europe/Paris' })).toBe(
      'Schedule 0 9 * * 1 (Europe/Paris)',
    );
  });
});
