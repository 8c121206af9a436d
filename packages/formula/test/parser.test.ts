import { describe, expect, it } from 'vitest';
import { parseFormula, type FormulaNode } from '../src/index.ts';

// A compact rendering of the tree: (op a b), name(args), {field}, literals.
function render(node: FormulaNode): string {
  switch (node.kind) {
    case 'number':
      return String(node.value);
    case 'string':
      return JSON.stringify(node.value);
    case 'boolean':
      return String(node.value);
    case 'field':
      return node.braced ? `{${node.name}}` : node.name;
    case 'unary':
      return `(${node.operator} ${render(node.operand)})`;
    case 'binary':
      return `(${node.operator} ${render(node.left)} ${render(node.right)})`;
    case 'call':
      return `${node.name}(${node.args.map(render).join(', ')})`;
  }
}

describe('the parser builds a tree with spreadsheet precedence', () => {
  it.each([
    ['1 + 2 * 3', '(+ 1 (* 2 3))'],
    ['(1 + 2) * 3', '(* (+ 1 2) 3)'],
    ['10 - 4 - 3', '(- (- 10 4) 3)'],
    ['8 / 4 / 2', '(/ (/ 8 4) 2)'],
    ['-2 * 3', '(* (- 2) 3)'],
    ['- -2', '(- (- 2))'],
    ['+5', '(+ 5)'],
    ['1 + 2 = 3', '(= (+ 1 2) 3)'],
    ['{A} & "x" = "ax"', '(= (& {A} "x") "ax")'],
    ['"a" & 1 + 2', '(& "a" (+ 1 2))'],
    ['1 < 2 = 1', '(= (< 1 2) 1)'],
    ['a != b', '(!= a b)'],
    ['a <= b', '(<= a b)'],
    ['a >= b', '(>= a b)'],
    ['a < b', '(< a b)'],
    ['a > b', '(> a b)'],
    ['2 * (3 + 4) / 7', '(/ (* 2 (+ 3 4)) 7)'],
    ['((((1))))', '1'],
    ['IF(a, b, c)', 'IF(a, b, c)'],
    ['if(a, b)', 'IF(a, b)'],
    ['Now()', 'NOW()'],
    ['AND(OR(a, b), NOT(c))', 'AND(OR(a, b), NOT(c))'],
    ['SUM(1, 2 * 3, -4)', 'SUM(1, (* 2 3), (- 4))'],
    ['{Field With Spaces} * 2', '(* {Field With Spaces} 2)'],
    ['{Price (USD)} > 0', '(> {Price (USD)} 0)'],
    ['Price*Quantity', '(* Price Quantity)'],
    ['TRUE', 'TRUE'],
    ['Größe * 2', '(* Größe 2)'],
    ['_private1 + x2', '(+ _private1 x2)'],
  ])('parses %s as %s', (source, expected) => {
    expect(render(parseFormula(source))).toBe(expected);
  });
});

describe('literals are read as Airtable writes them', () => {
  it.each([
    ['42', 42],
    ['3.25', 3.25],
    ['.5', 0.5],
    ['1e3', 1000],
    ['2.5E-1', 0.25],
    ['007', 7],
    ['"double"', 'double'],
    ["'single'", 'single'],
    ['"say \\"hi\\""', 'say "hi"'],
    ["'it\\'s'", "it's"],
    ['"back\\\\slash"', 'back\\slash'],
    ['"line\\nbreak"', 'line\nbreak'],
    ['"tab\\there"', 'tab\there'],
    ['"\'inner\' quotes"', "'inner' quotes"],
    ['\'"inner" quotes\'', '"inner" quotes'],
    ['""', ''],
  ])('reads %s as %j', (source, expected) => {
    const node = parseFormula(source);
    expect('value' in node ? node.value : undefined).toEqual(expected);
  });

  it.each([
    ['{Name}', 'Name'],
    ['{With \\} brace}', 'With } brace'],
    ['{ padded }', ' padded '],
    ['{Émoji 🎉}', 'Émoji 🎉'],
  ])('reads the field reference %s as the name %j', (source, name) => {
    const node = parseFormula(source);
    expect(node.kind === 'field' && node.name).toBe(name);
  });
});

describe('nodes carry their source span', () => {
  it('records start and end offsets on every node', () => {
    const node = parseFormula('IF({A} > 1, "x")');
    expect(node).toMatchObject({ kind: 'call', start: 0, end: 16 });
    if (node.kind !== 'call') throw new Error('expected a call');
    expect(node.args[0]).toMatchObject({ kind: 'binary', start: 3, end: 10 });
    expect(node.args[1]).toMatchObject({ kind: 'string', start: 12, end: 15 });
  });

  it('allows whitespace and newlines anywhere between tokens', () => {
    const node = parseFormula('\n  IF(\n    {A},\n    1\n  )\n');
    expect(render(node)).toBe('IF({A}, 1)');
  });
});
