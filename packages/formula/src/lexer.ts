import { invalidFormula } from './errors.ts';

export type TokenKind =
  'number' | 'string' | 'field' | 'identifier' | 'operator' | '(' | ')' | ',' | 'end';

/** One lexical token; `value` holds the decoded text (string contents, field name, operator). */
export interface Token {
  kind: TokenKind;
  value: string;
  start: number;
  end: number;
}

const TWO_CHAR_OPERATORS = new Set(['!=', '<=', '>=']);
const ONE_CHAR_OPERATORS = new Set(['&', '+', '-', '*', '/', '=', '<', '>']);
// Bare field names may use letters of any script: Größe * 2.
const IDENTIFIER_START = /[\p{L}_]/u;
const IDENTIFIER = /^[\p{L}_][\p{L}\p{N}_]*/u;
const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r' };

/** Splits formula source into tokens; throws FormulaError with the position of the first bad character. */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i] as string;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const start = i;
    if (ch === '"' || ch === "'") {
      const { value, next } = readQuoted(source, i, ch, 'string');
      tokens.push({ kind: 'string', value, start, end: next });
      i = next;
    } else if (ch === '{') {
      const { value, next } = readQuoted(source, i, '}', 'field');
      tokens.push({ kind: 'field', value, start, end: next });
      i = next;
    } else if (isDigit(ch) || (ch === '.' && isDigit(source[i + 1]))) {
      const match = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/.exec(
        source.slice(i),
      ) as RegExpExecArray;
      i += match[0].length;
      tokens.push({ kind: 'number', value: match[0], start, end: i });
    } else if (IDENTIFIER_START.test(ch)) {
      const match = IDENTIFIER.exec(source.slice(i)) as RegExpExecArray;
      i += match[0].length;
      tokens.push({ kind: 'identifier', value: match[0], start, end: i });
    } else if (ch === '(' || ch === ')' || ch === ',') {
      tokens.push({ kind: ch, value: ch, start, end: ++i });
    } else if (TWO_CHAR_OPERATORS.has(source.slice(i, i + 2))) {
      tokens.push({ kind: 'operator', value: source.slice(i, i + 2), start, end: (i += 2) });
    } else if (ONE_CHAR_OPERATORS.has(ch)) {
      tokens.push({ kind: 'operator', value: ch, start, end: ++i });
    } else {
      throw invalidFormula(source, i, `Unexpected character '${ch}'`);
    }
  }
  tokens.push({ kind: 'end', value: '', start: source.length, end: source.length });
  return tokens;
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

// Reads from an opening quote or brace up to its closer; a backslash escapes the next character.
function readQuoted(
  source: string,
  open: number,
  closer: string,
  what: 'string' | 'field',
): { value: string; next: number } {
  let value = '';
  let i = open + 1;
  while (i < source.length) {
    const ch = source[i] as string;
    if (ch === '\\' && i + 1 < source.length) {
      const escaped = source[i + 1] as string;
      value += what === 'string' ? (ESCAPES[escaped] ?? escaped) : escaped;
      i += 2;
    } else if (ch === closer) {
      return { value, next: i + 1 };
    } else {
      value += ch;
      i++;
    }
  }
  const detail = what === 'string' ? 'Unterminated string' : "Missing '}' after field name";
  throw invalidFormula(source, open, detail);
}
