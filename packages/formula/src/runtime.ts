import type { FormulaNode } from './ast.ts';
import type { FormulaRecord } from './types.ts';
import type { FormulaValue } from './values.ts';

/** What a compiled closure sees while evaluating one record. */
export interface EvalContext {
  record: FormulaRecord;
  timeZone: string;
  now: Date | undefined;
  /** The person evaluated for (CURRENT_USER_EMAIL, CURRENT_USER_ID). */
  currentUser?: { id: string; email: string | null };
}

/** A compiled expression: evaluates one node of the formula for a record. */
export type Evaluator = (ctx: EvalContext) => FormulaValue;

/**
 * What an argument must be, checked when a literal is written in its place: `number` refuses
 * text that is not a number, `date` refuses numbers and booleans, `field` takes only a field
 * reference. Anything else is checked at run time.
 */
export type ParamKind = 'any' | 'number' | 'date' | 'field';

interface FunctionShape {
  name: string;
  minArgs: number;
  /** Infinity for variadic functions. */
  maxArgs: number;
  /** Kinds by position; the last one repeats for variadic functions. Omitted: all `any`. */
  params?: readonly ParamKind[];
}

/** A function compiled from its argument nodes themselves (LAST_MODIFIED_TIME reads fields). */
export interface NodeFunction extends FunctionShape {
  lazy?: false;
  fromNodes: (args: readonly FormulaNode[]) => Evaluator;
}

/** A function whose arguments are all evaluated first; an error argument short-circuits unless `passErrors`. */
export interface EagerFunction extends FunctionShape {
  lazy?: false;
  fromNodes?: undefined;
  passErrors?: boolean;
  call: (args: FormulaValue[], ctx: EvalContext) => FormulaValue;
}

/** A function that decides which arguments to evaluate (IF, SWITCH, AND, OR, ISERROR…). */
export interface LazyFunction extends FunctionShape {
  lazy: true;
  fromNodes?: undefined;
  call: (args: readonly Evaluator[], ctx: EvalContext) => FormulaValue;
}

export type FunctionSpec = EagerFunction | LazyFunction | NodeFunction;

/** The instant NOW() stands for in this evaluation. */
export function currentTime(ctx: EvalContext): Date {
  if (!ctx.now) ctx.now = new Date();
  return ctx.now;
}
