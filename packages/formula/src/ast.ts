/** Offsets into the formula source: `start` inclusive, `end` exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** A number literal such as `42` or `1.5e3`. */
export interface NumberNode extends Span {
  kind: 'number';
  value: number;
}

/** A string literal in single or double quotes, escapes already applied. */
export interface StringNode extends Span {
  kind: 'string';
  value: string;
}

/** A bare `TRUE` / `FALSE` that does not name a field. */
export interface BooleanNode extends Span {
  kind: 'boolean';
  value: boolean;
}

/** A field reference: `{Field name}` (braced) or a bare single-word name. */
export interface FieldNode extends Span {
  kind: 'field';
  /** The name as written in the formula. */
  name: string;
  braced: boolean;
  /** Set by the compiler when the table's fields were given. */
  field?: ResolvedField;
}

/** The schema facts the compiler attached to a field reference. */
export interface ResolvedField {
  id: string;
  name: string;
  type: string;
  options?: unknown;
}

/** A function call; `name` is upper-cased (function names are case-insensitive). */
export interface CallNode extends Span {
  kind: 'call';
  name: string;
  args: FormulaNode[];
}

export type UnaryOperator = '-' | '+';

export interface UnaryNode extends Span {
  kind: 'unary';
  operator: UnaryOperator;
  operand: FormulaNode;
}

export type BinaryOperator = '&' | '+' | '-' | '*' | '/' | '=' | '!=' | '<' | '>' | '<=' | '>=';

export interface BinaryNode extends Span {
  kind: 'binary';
  operator: BinaryOperator;
  left: FormulaNode;
  right: FormulaNode;
}

/** Any node of a parsed formula. */
export type FormulaNode =
  NumberNode | StringNode | BooleanNode | FieldNode | CallNode | UnaryNode | BinaryNode;
