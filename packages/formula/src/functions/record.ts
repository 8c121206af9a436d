import type { FunctionSpec } from '../runtime.ts';
import { errorValue } from '../values.ts';

function asDate(value: string | Date | undefined) {
  if (value === undefined) return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? errorValue('The record has an invalid timestamp') : date;
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
    // Per-field modification times are not tracked, so field arguments are accepted and the
    // record's own time is returned; a record never modified reports its creation time.
    name: 'LAST_MODIFIED_TIME',
    minArgs: 0,
    maxArgs: Infinity,
    params: ['field'],
    lazy: true,
    call: (_args, ctx) => asDate(ctx.record.lastModifiedTime ?? ctx.record.createdTime),
  },
];
