import type { FunctionSpec } from '../runtime.ts';

/**
 * CURRENT_USER_EMAIL() and CURRENT_USER_ID(): the person a formula is evaluated for. Not
 * Airtable functions: only formulas compiled with `callerFunctions` (the platform's row
 * rules) may use them; blank when the evaluation names no caller.
 */
export const callerFunctions: FunctionSpec[] = [
  {
    name: 'CURRENT_USER_EMAIL',
    minArgs: 0,
    maxArgs: 0,
    call: (_args, ctx) => ctx.currentUser?.email ?? null,
  },
  {
    name: 'CURRENT_USER_ID',
    minArgs: 0,
    maxArgs: 0,
    call: (_args, ctx) => ctx.currentUser?.id ?? null,
  },
];
