// A table's filter as the person left it: conditions from the builder, or a formula typed in.
import { filterFormula, type FilterSpec } from './formula.ts';
import type { FieldMeta } from './graphql/airtable.ts';

export interface FilterState {
  mode: 'builder' | 'formula';
  spec: FilterSpec;
  formula: string;
}

export const NO_FILTER: FilterState = {
  mode: 'builder',
  spec: { conjunction: 'AND', conditions: [] },
  formula: '',
};

/** The formula a filter state applies ('' for none). */
export function appliedFormula(state: FilterState, fields: FieldMeta[]): string {
  if (state.mode === 'formula') return state.formula.trim();
  const result = filterFormula(state.spec, fields);
  return 'formula' in result ? result.formula : '';
}

export function activeFilterCount(state: FilterState): number {
  return state.mode === 'formula' ? (state.formula.trim() ? 1 : 0) : state.spec.conditions.length;
}
