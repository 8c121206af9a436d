import { z } from 'zod';

/** Ids of steps: how templates name them (`steps.<id>`). */
const StepId = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_]{0,39}$/, 'must start with a letter: letters, digits and _');
const Text = z.string().max(10_000);
const AirtableId = z.string().min(1).max(100);
/** A value that may hold templates: any JSON. */
const Value = z.unknown();

const RecordTable = { baseId: AirtableId, tableId: AirtableId };

export const TriggerSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('RECORD_CREATED'), ...RecordTable }),
  z.strictObject({
    type: z.literal('RECORD_UPDATED'),
    ...RecordTable,
    fields: z.array(z.string().min(1)).max(100).optional(),
  }),
  z.strictObject({ type: z.literal('RECORD_MATCHES'), ...RecordTable, formula: Text.min(1) }),
  z.strictObject({
    type: z.literal('SCHEDULE'),
    cron: z.string().min(1).max(200),
    timeZone: z.string().min(1).max(100).default('UTC'),
  }),
  z.strictObject({ type: z.literal('WEBHOOK') }),
  z.strictObject({
    type: z.literal('MANUAL'),
    baseId: AirtableId.optional(),
    tableId: AirtableId.optional(),
  }),
]);
export type Trigger = z.infer<typeof TriggerSchema>;
export type TriggerType = Trigger['type'];

/** Settings every step has. */
const Common = {
  id: StepId,
  name: z.string().max(200).optional(),
  retries: z.number().int().min(0).max(5).default(0),
  continueOnError: z.boolean().default(false),
  timeoutSeconds: z.number().int().min(1).max(300).default(30),
};

export type Step =
  | (StepCommon & { type: 'condition'; formula: string; then: Step[]; else: Step[] })
  | (StepCommon & {
      type: 'createRecord';
      baseId: string;
      tableId: string;
      fields: Record<string, unknown>;
    })
  | (StepCommon & {
      type: 'updateRecord';
      baseId: string;
      tableId: string;
      recordId: string;
      fields: Record<string, unknown>;
    })
  | (StepCommon & { type: 'deleteRecord'; baseId: string; tableId: string; recordId: string })
  | (StepCommon & {
      type: 'findRecords';
      baseId: string;
      tableId: string;
      formula?: string;
      sort?: { field: string; direction: 'asc' | 'desc' }[];
      maxRecords: number;
    })
  | (StepCommon & { type: 'loop'; items: unknown; steps: Step[] })
  | (StepCommon & { type: 'notify'; recipients: string[]; title: string; body: string })
  | (StepCommon & {
      type: 'http';
      method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
      url: string;
      headers?: Record<string, string>;
      body?: unknown;
    })
  | (StepCommon & {
      type: 'askAssistant';
      prompt: string;
      write?: { baseId: string; tableId: string; recordId: string; field: string };
    })
  | (StepCommon & { type: 'wait'; seconds?: number; until?: string });

interface StepCommon {
  id: string;
  name?: string;
  retries: number;
  continueOnError: boolean;
  timeoutSeconds: number;
}

export type StepType = Step['type'];

const Steps: z.ZodType<Step[], unknown> = z.lazy(() => z.array(StepSchema).max(100));

export const StepSchema: z.ZodType<Step, unknown> = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.strictObject({
      ...Common,
      type: z.literal('condition'),
      formula: Text.min(1),
      then: Steps.default([]),
      else: Steps.default([]),
    }),
    z.strictObject({
      ...Common,
      type: z.literal('createRecord'),
      ...RecordTable,
      fields: z.record(z.string().min(1), Value),
    }),
    z.strictObject({
      ...Common,
      type: z.literal('updateRecord'),
      ...RecordTable,
      recordId: z.string().min(1).max(1000),
      fields: z.record(z.string().min(1), Value),
    }),
    z.strictObject({
      ...Common,
      type: z.literal('deleteRecord'),
      ...RecordTable,
      recordId: z.string().min(1).max(1000),
    }),
    z.strictObject({
      ...Common,
      type: z.literal('findRecords'),
      ...RecordTable,
      formula: Text.optional(),
      sort: z
        .array(
          z.strictObject({
            field: z.string().min(1),
            direction: z.enum(['asc', 'desc']).default('asc'),
          }),
        )
        .max(10)
        .optional(),
      maxRecords: z.number().int().min(1).max(1000).default(100),
    }),
    z.strictObject({ ...Common, type: z.literal('loop'), items: Value, steps: Steps }),
    z.strictObject({
      ...Common,
      type: z.literal('notify'),
      recipients: z.array(z.string().min(1).max(1000)).min(1).max(100),
      title: z.string().min(1).max(500),
      body: Text.default(''),
    }),
    z.strictObject({
      ...Common,
      type: z.literal('http'),
      method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']).default('POST'),
      url: z.string().min(1).max(4000),
      headers: z.record(z.string().regex(/^[A-Za-z0-9-]{1,100}$/), z.string().max(4000)).optional(),
      body: Value.optional(),
    }),
    z.strictObject({
      ...Common,
      type: z.literal('askAssistant'),
      prompt: Text.min(1),
      write: z
        .strictObject({
          ...RecordTable,
          recordId: z.string().min(1).max(1000),
          field: z.string().min(1),
        })
        .optional(),
    }),
    z
      .strictObject({
        ...Common,
        type: z.literal('wait'),
        seconds: z
          .number()
          .int()
          .min(1)
          .max(90 * 24 * 3600)
          .optional(),
        until: z.string().min(1).max(1000).optional(),
      })
      .refine((s) => (s.seconds === undefined) !== (s.until === undefined), {
        message: 'give either seconds or until',
      }),
  ]),
);

export const StepsSchema = Steps;

/** What each step type makes available to later steps as `steps.<id>.<key>`. */
export const STEP_OUTPUTS: Record<StepType, readonly string[]> = {
  condition: ['matched'],
  createRecord: ['id', 'createdTime', 'fields'],
  updateRecord: ['id', 'fields'],
  deleteRecord: ['id', 'deleted'],
  findRecords: ['records', 'count'],
  loop: ['count'],
  notify: ['recipients'],
  http: ['status', 'headers', 'body'],
  askAssistant: ['answer'],
  wait: ['until'],
};

/** The keys of `trigger.…` each trigger type gives templates. */
export const TRIGGER_DATA: Record<TriggerType, readonly string[]> = {
  RECORD_CREATED: ['type', 'baseId', 'tableId', 'record', 'occurredAt'],
  RECORD_UPDATED: [
    'type',
    'baseId',
    'tableId',
    'record',
    'previous',
    'changedFields',
    'occurredAt',
  ],
  RECORD_MATCHES: [
    'type',
    'baseId',
    'tableId',
    'record',
    'previous',
    'changedFields',
    'occurredAt',
  ],
  SCHEDULE: ['type', 'scheduledAt'],
  WEBHOOK: ['type', 'body', 'receivedAt'],
  MANUAL: ['type', 'baseId', 'tableId', 'record', 'startedBy'],
};

/** The record triggers: started by the airtable change log. */
export const RECORD_TRIGGERS: readonly TriggerType[] = [
  'RECORD_CREATED',
  'RECORD_UPDATED',
  'RECORD_MATCHES',
];

/** The steps nested in a step (branches, a loop's body), with the key segment they sit under. */
export function childLists(step: Step): { segment: string; steps: Step[] }[] {
  if (step.type === 'condition')
    return [
      { segment: 'then', steps: step.then },
      { segment: 'else', steps: step.else },
    ];
  if (step.type === 'loop') return [{ segment: 'steps', steps: step.steps }];
  return [];
}

/** Every step, nested ones included, depth first. */
export function allSteps(steps: readonly Step[]): Step[] {
  return steps.flatMap((s) => [s, ...childLists(s).flatMap((c) => allSteps(c.steps))]);
}
