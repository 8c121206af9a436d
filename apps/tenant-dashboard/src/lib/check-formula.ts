// A filter formula checked in the browser with the platform's own formula engine, so a mistake
// is marked as it is typed and never replaces the grid with an error.
import { compileFormula, FormulaError } from '@pyairtable/formula';

export interface FormulaProblem {
  message: string;
  /** Where in the source the problem starts, when it has a place. */
  offset: number | null;
}

/** What is wrong with a formula over these fields, or null when it would run. */
export function checkFormula(
  source: string,
  fields: readonly { id: string; name: string; type: string; options?: unknown }[],
): FormulaProblem | null {
  if (!source.trim()) return null;
  try {
    compileFormula(source, { fields });
    return null;
  } catch (error) {
    if (!(error instanceof FormulaError)) throw error;
    const message = error.message.replace(
      /^Invalid formula\. Please check your formula text\. /,
      '',
    );
    return { message, offset: error.position?.offset ?? null };
  }
}
