import type { FormulaNode } from '../ast.ts';
import type { EvalContext, FunctionSpec } from '../runtime.ts';
import { errorValue } from '../values.ts';

function asDate(value: string | Date | undefined) {
  if (value === undefined) return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? errorValue('The record has an invalid timestamp') : date;
}

function recordModified(ctx: EvalContext) {
  return asDate(ctx.record.lastModifiedTime ?? ctx.record.createdTime);
}

// LAST_MODIFIED_TIME({A}, {B}): the latest time any of those fields was written, blank when
// none has been since the record was made; without per-field times, the record's own time.
function lastModifiedOf(args: readonly FormulaNode[]) {
  const keys = args.flatMap((arg) =>
    arg.kind === 'field' ? [{ name: arg.field?.name ?? arg.name, id: arg.field?.id }] : [],
  );
  if (keys.length === 0) return recordModified;
  return (ctx: EvalContext) => {
    const times = ctx.record.fieldModifiedTimes;
    if (!times) return recordModified(ctx);
    let latest: Date | null = null;
    for (const { name, id } of keys) {
      const raw = Object.hasOwn(times, name)
        ? times[name]
        : id !== undefined && Object.hasOwn(times, id)
          ? times[id]
          : undefined;
      const time = asDate(raw);
      if (time === null) continue;
      if (!(time instanceof Date)) return time; // an invalid timestamp
      if (!latest || time > latest) latest = time;
    }
    return latest;
  };
}

/** RECORD_ID, CREATED_TIME, LAST_MODIFIED_TIME. */
export const recordFunctions: FunctionSpec[] = [
  { name: 'RECORD_ID', minArgs: 0, maxArgs: 0, call: (_args, ctx) => ctx.record.id },
  {
    name: 'CREATED_TIME',
    minArgs: 0,
    maxArgs: 0,
    call: (_args, ctx) => asDate(ctx.record.createdTime),
  },
  {
    // Without fields: the record's last modification, or its creation if it has none.
    name: 'LAST_MODIFIED_TIME',
    minArgs: 0,
    maxArgs: Infinity,
    params: ['field'],
    fromNodes: lastModifiedOf,
  },
];
