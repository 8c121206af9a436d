import { locate, type SourcePosition } from './position.ts';

// Airtable answers a bad filterByFormula with this type; clients match on it.
export const INVALID_FILTER_BY_FORMULA = 'INVALID_FILTER_BY_FORMULA';

const SYNTAX_PREFIX = 'Invalid formula. Please check your formula text.';
const FILTER_PREFIX = 'The formula for filtering records is invalid:';

/** A formula that cannot be compiled: bad syntax, unknown field or function, wrong argument count. */
export class FormulaError extends Error {
  readonly code = INVALID_FILTER_BY_FORMULA;
  /** Where the problem starts, when it has a place in the source. */
  readonly position: SourcePosition | undefined;
  /** The field names that were not found, for unknown-field errors. */
  readonly unknownFields: readonly string[];

  constructor(message: string, position?: SourcePosition, unknownFields: readonly string[] = []) {
    super(message);
    this.name = 'FormulaError';
    this.position = position;
    this.unknownFields = unknownFields;
  }

  /**
   * The message as Airtable's list-records API words it for `INVALID_FILTER_BY_FORMULA`:
   * `The formula for filtering records is invalid: Invalid formula. Please check your
   * formula text.`, followed here by the detail and the line and column.
   */
  get filterMessage(): string {
    return this.message.startsWith(FILTER_PREFIX)
      ? this.message
      : `${FILTER_PREFIX} ${this.message}`;
  }
}

/** A syntax-level problem at an offset, worded like Airtable's formula editor. */
export function invalidFormula(source: string, offset: number, detail: string): FormulaError {
  const position = locate(source, offset);
  return new FormulaError(
    `${SYNTAX_PREFIX} ${detail} at line ${position.line}, column ${position.column}`,
    position,
  );
}

/** Unknown field names, worded exactly as Airtable's filterByFormula error. */
export function unknownFieldNames(
  source: string,
  names: readonly string[],
  firstOffset: number,
): FormulaError {
  return new FormulaError(
    `${FILTER_PREFIX} Unknown field names: ${names.join(', ')}`,
    locate(source, firstOffset),
    names,
  );
}
