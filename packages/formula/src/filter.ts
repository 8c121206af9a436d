import { isTruthy } from './coerce.ts';
import type { CompiledFormula } from './compile.ts';
import type { EvaluationContext, FormulaRecord } from './types.ts';

/** filterByFormula: keeps the record when the result is truthy; an error result excludes it. */
export function matchesFilter(
  compiled: CompiledFormula,
  record: FormulaRecord,
  context?: EvaluationContext,
): boolean {
  return isTruthy(compiled.evaluate(record, context));
}

/** The field names a compiled formula reads, in order of first use. */
export function referencedFields(compiled: CompiledFormula): string[] {
  return [...compiled.referencedFields];
}
