import { compileFormula, FormulaError } from '@pyairtable/formula';
import { badUserInput, type GatewayExecutor } from '@pyairtable/subgraph-kit';
import type { z } from 'zod';
import { graphCall } from '../runs/graph-call.ts';
import {
  allSteps,
  STEP_OUTPUTS,
  StepsSchema,
  TRIGGER_DATA,
  TriggerSchema,
  type Step,
  type StepType,
  type Trigger,
} from './definition.ts';
import { nextScheduleTimes } from './schedule.ts';
import { parsePath, TemplatePathError, templatesIn } from './templates.ts';

interface TableSchema {
  id: string;
  name: string;
  fields: { id: string; name: string; type: string }[];
}

const TABLE = `query ($b: ID!, $t: String!) {
  base(id: $b) { table(idOrName: $t) { id name fields { id name type } } }
}`;
const TEMPLATE = /\{\{[^{}]*\}\}/g;
const COMMON = new Set(['id', 'name', 'type', 'retries', 'continueOnError', 'timeoutSeconds']);
const NESTED = new Set(['then', 'else', 'steps']);
const RECORD_KEYS = ['id', 'createdTime', 'fields'];

/** `steps[1].then[0].formula` from a zod issue path. */
function pathText(root: string, path: readonly PropertyKey[]) {
  return path.reduce<string>(
    (text, segment) =>
      typeof segment === 'number' ? `${text}[${segment}]` : `${text}.${String(segment)}`,
    root,
  );
}

/** The id of the step a path points into, for messages. */
function stepIdAt(raw: unknown, path: readonly PropertyKey[]): string | null {
  let current: unknown = raw;
  let id: string | null = null;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') break;
    current = (current as Record<PropertyKey, unknown>)[segment as string];
    const maybe = (current as { id?: unknown } | null)?.id;
    if (
      current &&
      typeof current === 'object' &&
      !Array.isArray(current) &&
      typeof maybe === 'string'
    )
      id = maybe;
  }
  return id;
}

function refuse(message: string, at: string, stepId?: string | null): never {
  throw badUserInput(stepId ? `Step "${stepId}" (${at}): ${message}` : `${at}: ${message}`, at);
}

function parseOrRefuse<T>(schema: z.ZodType<T, unknown>, raw: unknown, root: string): T {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const at = pathText(root, issue.path);
  refuse(issue.message, at, root === 'steps' ? stepIdAt(raw, issue.path) : null);
}

/** A formula's shape, with templates standing in as blanks (their values come at run time). */
function checkFormula(
  source: string,
  fields: TableSchema['fields'] | undefined,
  at: string,
  stepId?: string,
) {
  try {
    compileFormula(source.replace(TEMPLATE, 'BLANK()'), fields ? { fields } : {});
  } catch (error) {
    if (error instanceof FormulaError) refuse(`not a valid formula: ${error.message}`, at, stepId);
    throw error;
  }
}

/**
 * Checks a workflow's trigger and steps before they are saved: their shape, that every base,
 * table and field they name exists for the person saving (read through the gateway as them),
 * that step ids are unique, and that every template path can exist where it is used — a step
 * only refers to steps that ran before it, `loop.…` only inside a loop. BAD_USER_INPUT names
 * the step and the path. Returns the normalized trigger and steps.
 */
export async function checkWorkflow(
  graph: GatewayExecutor,
  rawTrigger: unknown,
  rawSteps: unknown,
  now: Date,
): Promise<{ trigger: Trigger; steps: Step[] }> {
  const trigger = parseOrRefuse(TriggerSchema, rawTrigger, 'trigger');
  const steps = parseOrRefuse(StepsSchema, rawSteps, 'steps');
  if (steps.length === 0) refuse('add at least one step', 'steps');

  const tables = new Map<string, Promise<TableSchema | null>>();
  const tableOf = (baseId: string, tableId: string) => {
    const key = `${baseId}/${tableId}`;
    if (!tables.has(key))
      tables.set(
        key,
        graphCall<{ base: { table: TableSchema | null } | null }>(graph, TABLE, {
          b: baseId,
          t: tableId,
        }).then(
          (d) => d.base?.table ?? null,
          () => null,
        ),
      );
    return tables.get(key)!;
  };
  const requireTable = async (baseId: string, tableId: string, at: string, stepId?: string) => {
    const table = await tableOf(baseId, tableId);
    if (!table)
      refuse(`there is no table "${tableId}" in base "${baseId}" that you can see`, at, stepId);
    return table;
  };
  const requireField = (table: TableSchema, name: string, at: string, stepId?: string) => {
    if (!table.fields.some((f) => f.name === name || f.id === name))
      refuse(`the table "${table.name}" has no field "${name}"`, at, stepId);
  };

  let triggerTable: TableSchema | null = null;
  if ('tableId' in trigger && trigger.tableId && trigger.baseId) {
    triggerTable = await requireTable(trigger.baseId, trigger.tableId, 'trigger.tableId');
    if (trigger.type === 'RECORD_UPDATED')
      (trigger.fields ?? []).forEach((f, i) =>
        requireField(triggerTable!, f, `trigger.fields[${i}]`),
      );
    if (trigger.type === 'RECORD_MATCHES')
      checkFormula(trigger.formula, triggerTable.fields, 'trigger.formula');
  } else if (trigger.type === 'MANUAL' && (trigger.baseId || trigger.tableId)) {
    refuse('give both baseId and tableId, or neither', 'trigger.tableId');
  }
  if (trigger.type === 'SCHEDULE')
    nextScheduleTimes(trigger.cron, trigger.timeZone, now, 1, 'trigger.cron');

  const seen = new Set<string>();
  for (const step of allSteps(steps)) {
    if (seen.has(step.id)) refuse(`the id "${step.id}" is used by two steps`, 'steps', step.id);
    seen.add(step.id);
  }

  function checkTemplate(
    path: string,
    at: string,
    step: Step,
    available: Map<string, StepType>,
    inLoop: boolean,
  ) {
    let segments: (string | number)[];
    try {
      segments = parsePath(path);
    } catch (error) {
      if (error instanceof TemplatePathError) refuse(error.message, at, step.id);
      throw error;
    }
    const [root, first, second, third] = segments;
    if (root === 'trigger') {
      if (first === undefined) return;
      if (!TRIGGER_DATA[trigger.type].includes(String(first)))
        refuse(
          `{{${path}}}: a ${trigger.type} trigger has no "${String(first)}" (it has ${TRIGGER_DATA[trigger.type].join(', ')})`,
          at,
          step.id,
        );
      if ((first === 'record' || first === 'previous') && second !== undefined) {
        if (first === 'record' && !RECORD_KEYS.includes(String(second)))
          refuse(`{{${path}}}: a record has ${RECORD_KEYS.join(', ')}`, at, step.id);
        if (second === 'fields' && typeof third === 'string' && triggerTable)
          requireField(triggerTable, third, at, step.id);
        if (first === 'record' && trigger.type === 'MANUAL' && !triggerTable)
          refuse(`{{${path}}}: this manual trigger has no table, so no record`, at, step.id);
      }
      return;
    }
    if (root === 'steps') {
      if (typeof first !== 'string') refuse(`{{${path}}}: name a step, as steps.<id>`, at, step.id);
      const type = available.get(first);
      if (!type)
        refuse(
          seen.has(first)
            ? `{{${path}}}: step "${first}" does not run before this one`
            : `{{${path}}}: there is no step "${first}"`,
          at,
          step.id,
        );
      if (second !== undefined && !STEP_OUTPUTS[type].includes(String(second)))
        refuse(`{{${path}}}: a ${type} step gives ${STEP_OUTPUTS[type].join(', ')}`, at, step.id);
      return;
    }
    if (root === 'loop') {
      if (!inLoop) refuse(`{{${path}}}: loop.… is only available inside a loop`, at, step.id);
      if (first !== undefined && first !== 'item' && first !== 'index')
        refuse(`{{${path}}}: a loop gives item and index`, at, step.id);
      return;
    }
    refuse(`{{${path}}}: templates start with trigger, steps or loop`, at, step.id);
  }

  async function checkSteps(
    list: Step[],
    at: string,
    available: Map<string, StepType>,
    inLoop: boolean,
  ) {
    for (const [i, step] of list.entries()) {
      const here = `${at}[${i}]`;
      for (const [name, value] of Object.entries(step)) {
        if (COMMON.has(name) || NESTED.has(name)) continue;
        for (const t of templatesIn(value, `${here}.${name}`))
          checkTemplate(t.path, t.at, step, available, inLoop);
      }
      if ('tableId' in step) {
        const table = await requireTable(step.baseId, step.tableId, `${here}.tableId`, step.id);
        if (step.type === 'createRecord' || step.type === 'updateRecord')
          for (const name of Object.keys(step.fields))
            requireField(table, name, `${here}.fields.${name}`, step.id);
        if (step.type === 'findRecords') {
          if (step.formula) checkFormula(step.formula, table.fields, `${here}.formula`, step.id);
          step.sort?.forEach((s, j) =>
            requireField(table, s.field, `${here}.sort[${j}].field`, step.id),
          );
        }
      }
      if (step.type === 'askAssistant' && step.write) {
        const table = await requireTable(
          step.write.baseId,
          step.write.tableId,
          `${here}.write.tableId`,
          step.id,
        );
        requireField(table, step.write.field, `${here}.write.field`, step.id);
      }
      if (step.type === 'condition') {
        checkFormula(step.formula, triggerTable?.fields, `${here}.formula`, step.id);
        await checkSteps(step.then, `${here}.then`, new Map(available), inLoop);
        await checkSteps(step.else, `${here}.else`, new Map(available), inLoop);
      }
      if (step.type === 'loop')
        await checkSteps(step.steps, `${here}.steps`, new Map(available), true);
      available.set(step.id, step.type);
    }
  }
  await checkSteps(steps, 'steps', new Map(), false);
  return { trigger, steps };
}
