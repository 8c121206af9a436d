import type { BinaryOperator, CallNode, FormulaNode } from './ast.ts';
import { invalidFormula } from './errors.ts';
import { tokenize, type Token } from './lexer.ts';

// Lowest to highest; every level is left-associative. `&` sits between comparison and
// arithmetic, as in spreadsheets: {A} & "x" = "ax" compares the joined text.
const LEVELS: readonly (readonly BinaryOperator[])[] = [
  ['=', '!=', '<', '>', '<=', '>='],
  ['&'],
  ['+', '-'],
  ['*', '/'],
];

// Deeper nesting would overflow the stack before it could mean anything.
const MAX_DEPTH = 256;

/** Parses formula source into an AST; throws FormulaError pointing at the first problem. */
export function parseFormula(source: string): FormulaNode {
  return new Parser(source).parseAll();
}

class Parser {
  private readonly tokens: Token[];
  private index = 0;
  private depth = 0;

  constructor(private readonly source: string) {
    this.tokens = tokenize(source);
  }

  parseAll(): FormulaNode {
    if (this.peek().kind === 'end') {
      throw invalidFormula(this.source, 0, 'The formula is empty');
    }
    const node = this.parseLevel(0);
    const next = this.peek();
    if (next.kind !== 'end') throw this.unexpected(next);
    return node;
  }

  private peek(): Token {
    return this.tokens[this.index] as Token;
  }

  private take(): Token {
    return this.tokens[this.index++] as Token;
  }

  private parseLevel(level: number): FormulaNode {
    const operators = LEVELS[level];
    if (!operators) return this.parseUnary();
    let left = this.parseLevel(level + 1);
    for (;;) {
      const token = this.peek();
      if (token.kind !== 'operator' || !operators.includes(token.value as BinaryOperator)) break;
      this.take();
      const right = this.parseLevel(level + 1);
      left = {
        kind: 'binary',
        operator: token.value as BinaryOperator,
        left,
        right,
        start: left.start,
        end: right.end,
      };
    }
    return left;
  }

  private parseUnary(): FormulaNode {
    const token = this.peek();
    if (++this.depth > MAX_DEPTH) {
      throw invalidFormula(this.source, token.start, 'The formula is nested too deeply');
    }
    try {
      return this.parseUnaryInner(token);
    } finally {
      this.depth--;
    }
  }

  private parseUnaryInner(token: Token): FormulaNode {
    if (token.kind === 'operator' && (token.value === '-' || token.value === '+')) {
      this.take();
      const operand = this.parseUnary();
      return {
        kind: 'unary',
        operator: token.value,
        operand,
        start: token.start,
        end: operand.end,
      };
    }
    return this.parsePrimary();
  }

  private parsePrimary(): FormulaNode {
    const token = this.take();
    const span = { start: token.start, end: token.end };
    switch (token.kind) {
      case 'number':
        return { kind: 'number', value: Number(token.value), ...span };
      case 'string':
        return { kind: 'string', value: token.value, ...span };
      case 'field':
        return { kind: 'field', name: token.value, braced: true, ...span };
      case 'identifier':
        if (this.peek().kind === '(') return this.parseCall(token);
        return { kind: 'field', name: token.value, braced: false, ...span };
      case '(': {
        const inner = this.parseLevel(0);
        this.expect(')', token);
        return inner;
      }
      default:
        throw this.unexpected(token);
    }
  }

  private parseCall(nameToken: Token): CallNode {
    this.take(); // (
    const args: FormulaNode[] = [];
    if (this.peek().kind !== ')') {
      for (;;) {
        args.push(this.parseLevel(0));
        if (this.peek().kind !== ',') break;
        this.take();
      }
    }
    const close = this.expect(')', nameToken);
    return {
      kind: 'call',
      name: nameToken.value.toUpperCase(),
      args,
      start: nameToken.start,
      end: close.end,
    };
  }

  private expect(kind: ')', opener: Token): Token {
    const token = this.peek();
    if (token.kind === kind) return this.take();
    if (token.kind === 'end') {
      const detail =
        opener.kind === 'identifier'
          ? `Missing ')' to close ${opener.value.toUpperCase()}(`
          : "Missing ')'";
      throw invalidFormula(this.source, opener.start, detail);
    }
    throw this.unexpected(token);
  }

  private unexpected(token: Token) {
    if (token.kind === 'end') {
      return invalidFormula(this.source, token.start, 'Unexpected end of formula');
    }
    const text = this.source.slice(token.start, token.end);
    return invalidFormula(this.source, token.start, `Unexpected '${text}'`);
  }
}
