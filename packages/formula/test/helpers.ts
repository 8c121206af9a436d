import {
  compileFormula,
  isErrorValue,
  type EvaluationContext,
  type FieldSchema,
  type FormulaRecord,
  type FormulaValue,
} from '../src/index.ts';

/** A fixed Friday afternoon: tests never read the wall clock. */
export const NOW = new Date('2024-03-15T15:30:45.123Z');

/** Builds a record with the given cells. */
export function makeRecord(
  fields: Record<string, unknown> = {},
  extra: Partial<FormulaRecord> = {},
): FormulaRecord {
  return { id: 'recTEST0000000001', createdTime: '2024-01-02T03:04:05.000Z', fields, ...extra };
}

/** A value in plain JSON terms: dates as ISO strings, errors as their code. */
export type Shown = string | number | boolean | null | Shown[];

/** Makes a formula value easy to compare in tables. */
export function show(value: FormulaValue): Shown {
  if (value instanceof Date) return value.toISOString();
  if (isErrorValue(value)) return value.code;
  if (Array.isArray(value)) return value.map(show);
  return value;
}

/** Compiles and evaluates a formula with a fixed clock, returning the shown value. */
export function run(
  source: string,
  fields: Record<string, unknown> = {},
  context: EvaluationContext = {},
  schema?: FieldSchema[],
): Shown {
  const compiled = compileFormula(source, schema ? { fields: schema } : {});
  return show(compiled.evaluate(makeRecord(fields), { now: NOW, ...context }));
}
