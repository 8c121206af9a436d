export type {
  BinaryNode,
  BinaryOperator,
  BooleanNode,
  CallNode,
  FieldNode,
  FormulaNode,
  NumberNode,
  ResolvedField,
  Span,
  StringNode,
  UnaryNode,
  UnaryOperator,
} from './ast.ts';
export { isTruthy, toText } from './coerce.ts';
export { compileFormula, type CompiledFormula } from './compile.ts';
export { ZonedDate } from './dates/zoned-date.ts';
export { FormulaError, INVALID_FILTER_BY_FORMULA } from './errors.ts';
export { matchesFilter, referencedFields } from './filter.ts';
export { supportedFunctions } from './functions/registry.ts';
export { parseFormula } from './parser.ts';
export type { SourcePosition } from './position.ts';
export type { CompileOptions, EvaluationContext, FieldSchema, FormulaRecord } from './types.ts';
export { FormulaErrorValue, isErrorValue, type FormulaValue } from './values.ts';
export { compareCells, isEmptyCell } from './compare-cells.ts';
export { richTextToPlain } from './rich-text.ts';
