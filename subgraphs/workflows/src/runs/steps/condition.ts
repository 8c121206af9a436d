import { compileFormula, FormulaError, matchesFilter } from '@pyairtable/formula';
import { fillFormula } from '../../domain/templates.ts';
import { StepFailure } from '../graph-call.ts';
import type { StepContext } from './step-context.ts';

interface TriggerRecord {
  id: string;
  createdTime: string;
  fields: Record<string, unknown>;
}

/** Evaluates a condition's formula (templates filled in as literals) on the trigger's record. */
export function evaluateCondition(formula: string, ctx: StepContext) {
  const filled = fillFormula(formula, ctx.scope);
  const trigger = ctx.scope.trigger as { record?: TriggerRecord } | undefined;
  const record = trigger?.record ?? {
    id: '',
    createdTime: ctx.run.createdAt.toISOString(),
    fields: {},
  };
  try {
    const matched = matchesFilter(compileFormula(filled), record, { now: ctx.deps.clock() });
    ctx.log(`${filled} → ${matched ? 'true' : 'false'}`);
    return { matched };
  } catch (error) {
    if (error instanceof FormulaError)
      throw new StepFailure(`The condition is not a valid formula: ${error.message}`);
    throw error;
  }
}
