// A workflow as the builder edits it: the trigger and steps JSON of WORKFLOWS.md, read from the
// graph, changed in place and sent back as they are.
import { jsonObject } from './graphql/scalars.ts';

export const TRIGGER_TYPES = [
  'RECORD_CREATED',
  'RECORD_UPDATED',
  'RECORD_MATCHES',
  'SCHEDULE',
  'WEBHOOK',
  'MANUAL',
] as const;
export type TriggerType = (typeof TRIGGER_TYPES)[number];

export const TRIGGER_LABELS: Record<TriggerType, string> = {
  RECORD_CREATED: 'When a record is created',
  RECORD_UPDATED: 'When a record is updated',
  RECORD_MATCHES: 'When a record matches conditions',
  SCHEDULE: 'At scheduled times',
  WEBHOOK: 'When a webhook is received',
  MANUAL: 'When run by hand',
};

export interface TriggerDraft {
  type: TriggerType;
  baseId?: string;
  tableId?: string;
  fields?: string[];
  formula?: string;
  cron?: string;
  timeZone?: string;
}

export const STEP_TYPES = [
  'condition',
  'createRecord',
  'updateRecord',
  'deleteRecord',
  'findRecords',
  'loop',
  'notify',
  'http',
  'askAssistant',
  'wait',
] as const;
export type StepType = (typeof STEP_TYPES)[number];

export const STEP_LABELS: Record<StepType, string> = {
  condition: 'Condition',
  createRecord: 'Create record',
  updateRecord: 'Update record',
  deleteRecord: 'Delete record',
  findRecords: 'Find records',
  loop: 'Repeat for each item',
  notify: 'Send a notification',
  http: 'Send an HTTP request',
  askAssistant: 'Ask the assistant',
  wait: 'Wait',
};

export interface StepDraft {
  id: string;
  type: StepType;
  name?: string;
  retries?: number;
  continueOnError?: boolean;
  timeoutSeconds?: number;
  [setting: string]: unknown;
}

/** The lists of steps a step holds: a condition's branches, a loop's body. */
export function nestedLists(step: StepDraft): { key: 'then' | 'else' | 'steps'; label: string }[] {
  if (step.type === 'condition')
    return [
      { key: 'then', label: 'If it matches' },
      { key: 'else', label: 'Otherwise' },
    ];
  if (step.type === 'loop') return [{ key: 'steps', label: 'For each item' }];
  return [];
}

/** The steps of a list, whatever JSON the graph gave. */
export function readSteps(value: unknown): StepDraft[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    const step = jsonObject(item);
    if (!step || typeof step.id !== 'string' || typeof step.type !== 'string') return [];
    return [step as StepDraft];
  });
}

export function readTrigger(value: unknown): TriggerDraft {
  const trigger = jsonObject(value);
  const type = trigger?.type;
  if (!trigger || !TRIGGER_TYPES.includes(type as TriggerType)) return { type: 'RECORD_CREATED' };
  return trigger as unknown as TriggerDraft;
}

/** Every step id in the workflow, inside branches and loops too. */
export function allStepIds(steps: StepDraft[]): Set<string> {
  const ids = new Set<string>();
  const visit = (list: StepDraft[]) => {
    for (const step of list) {
      ids.add(step.id);
      for (const { key } of nestedLists(step)) visit(readSteps(step[key]));
    }
  };
  visit(steps);
  return ids;
}

/** A new step of a type with an id no other step has (`update`, `update2`, …). */
export function newStep(type: StepType, taken: Set<string>): StepDraft {
  const stem = type
    .replace(/Record(s)?$/, '')
    .replace(/^ask/, '')
    .toLowerCase();
  let id = stem;
  for (let n = 2; taken.has(id); n += 1) id = `${stem}${n}`;
  switch (type) {
    case 'condition':
      return { id, type, formula: '', then: [], else: [] };
    case 'createRecord':
      return { id, type, baseId: '', tableId: '', fields: {} };
    case 'updateRecord':
      return { id, type, baseId: '', tableId: '', recordId: '{{trigger.record.id}}', fields: {} };
    case 'deleteRecord':
      return { id, type, baseId: '', tableId: '', recordId: '{{trigger.record.id}}' };
    case 'findRecords':
      return { id, type, baseId: '', tableId: '', formula: '', maxRecords: 100 };
    case 'loop':
      return { id, type, items: '', steps: [] };
    case 'notify':
      return { id, type, recipients: ['owner'], title: '', body: '' };
    case 'http':
      return { id, type, method: 'POST', url: '', headers: {}, body: '' };
    case 'askAssistant':
      return { id, type, prompt: '' };
    case 'wait':
      return { id, type, seconds: 60 };
  }
}

/** A list with one item moved up (-1) or down (+1); unchanged at the ends. */
export function moveItem<T>(list: readonly T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  if (target < 0 || target >= list.length) return [...list];
  const next = [...list];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

/** The trigger in a few words, for the list. */
export function triggerSummary(trigger: TriggerDraft, tableName?: string): string {
  const table = tableName ? ` in ${tableName}` : '';
  switch (trigger.type) {
    case 'RECORD_CREATED':
      return `Record created${table}`;
    case 'RECORD_UPDATED':
      return `Record updated${table}${trigger.fields?.length ? ` (${trigger.fields.join(', ')})` : ''}`;
    case 'RECORD_MATCHES':
      return `Record matches ${trigger.formula || 'conditions'}${table}`;
    case 'SCHEDULE':
      return `Schedule ${trigger.cron ?? ''}${trigger.timeZone ? ` (${trigger.timeZone})` : ''}`;
    case 'WEBHOOK':
      return 'Webhook received';
    case 'MANUAL':
      return `Run by hand${table}`;
  }
}

/**
 * The step a BAD_USER_INPUT `extensions.field` path names (`steps[1].then[0]` for
 * `steps[1].then[0].fields.Status`), `trigger` for the trigger's settings, or null.
 */
export function errorOwner(field: string | undefined): string | null {
  if (!field) return null;
  if (field === 'trigger' || field.startsWith('trigger.')) return 'trigger';
  const match = /^steps\[\d+\](?:\.(?:then|else|steps)\[\d+\])*/.exec(field);
  return match ? match[0] : null;
}

export interface TemplateOption {
  label: string;
  template: string;
}

const RECORD_TRIGGERS: ReadonlySet<TriggerType> = new Set([
  'RECORD_CREATED',
  'RECORD_UPDATED',
  'RECORD_MATCHES',
  'MANUAL',
]);

/** What `trigger.…` offers templates, with the trigger table's field names. */
export function triggerTemplates(trigger: TriggerDraft, fieldNames: string[]): TemplateOption[] {
  const t = (path: string) => ({ label: path, template: `{{trigger.${path}}}` });
  const options: TemplateOption[] = [];
  if (RECORD_TRIGGERS.has(trigger.type)) {
    options.push(t('record.id'), t('record.createdTime'));
    options.push(...fieldNames.map((name) => t(`record.fields.${name}`)));
  }
  if (trigger.type === 'RECORD_UPDATED' || trigger.type === 'RECORD_MATCHES') {
    options.push(t('changedFields'), ...fieldNames.map((name) => t(`previous.fields.${name}`)));
  }
  if (trigger.type === 'SCHEDULE') options.push(t('scheduledAt'));
  if (trigger.type === 'WEBHOOK') options.push(t('body'), t('receivedAt'));
  if (trigger.type === 'MANUAL') options.push(t('startedBy'));
  return options;
}

/** What `steps.<id>.…` offers templates after a step has run, with its table's field names. */
export function stepTemplates(step: StepDraft, fieldNames: string[]): TemplateOption[] {
  const s = (path: string) => ({
    label: `${step.id}.${path}`,
    template: `{{steps.${step.id}.${path}}}`,
  });
  switch (step.type) {
    case 'condition':
      return [s('matched')];
    case 'createRecord':
      return [s('id'), s('createdTime'), ...fieldNames.map((n) => s(`fields.${n}`))];
    case 'updateRecord':
      return [s('id'), ...fieldNames.map((n) => s(`fields.${n}`))];
    case 'deleteRecord':
      return [s('id'), s('deleted')];
    case 'findRecords':
      return [
        s('records'),
        s('count'),
        s('records[0].id'),
        ...fieldNames.map((n) => s(`records[0].fields.${n}`)),
      ];
    case 'loop':
      return [s('count')];
    case 'notify':
      return [s('recipients')];
    case 'http':
      return [s('status'), s('headers'), s('body')];
    case 'askAssistant':
      return [s('answer')];
    case 'wait':
      return [s('until')];
  }
}

/** Inserts text into a value at the selection, returning the new value and caret. */
export function insertAt(
  value: string,
  text: string,
  start: number | null,
  end: number | null,
): { value: string; caret: number } {
  const from = start ?? value.length;
  const to = end ?? from;
  return { value: value.slice(0, from) + text + value.slice(to), caret: from + text.length };
}
