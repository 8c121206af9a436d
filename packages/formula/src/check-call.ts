import type { CallNode, FormulaNode } from './ast.ts';
import { invalidFormula } from './errors.ts';
import type { FunctionSpec, ParamKind } from './runtime.ts';

const NUMERIC_TEXT = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?\s*$/i;

/**
 * Refuses a call Airtable's formula editor would refuse: too few or too many arguments, or a
 * literal that can never be of the kind a parameter takes. Throws FormulaError at the call
 * (arity) or at the argument (kind).
 */
export function checkCall(source: string, node: CallNode, spec: FunctionSpec): void {
  const got = node.args.length;
  if (got < spec.minArgs || got > spec.maxArgs) {
    throw invalidFormula(source, node.start, arityMessage(node.name, spec, got));
  }
  node.args.forEach((arg, index) => {
    const kind = kindAt(spec, index);
    const problem = kindProblem(kind, arg);
    if (problem) {
      throw invalidFormula(source, arg.start, `${node.name}() expects ${problem}`);
    }
  });
}

function kindAt(spec: FunctionSpec, index: number): ParamKind {
  const params = spec.params;
  if (!params || params.length === 0) return 'any';
  return params[Math.min(index, params.length - 1)] as ParamKind;
}

function kindProblem(kind: ParamKind, arg: FormulaNode): string | undefined {
  if (kind === 'field') {
    return arg.kind === 'field' ? undefined : 'field references only, like {Status}';
  }
  if (
    kind === 'number' &&
    arg.kind === 'string' &&
    !NUMERIC_TEXT.test(arg.value) &&
    arg.value !== ''
  ) {
    return `a number, not the text ${JSON.stringify(arg.value)}`;
  }
  if (kind === 'date' && arg.kind === 'number') return `a date, not the number ${arg.value}`;
  if (kind === 'date' && arg.kind === 'boolean') {
    return `a date, not ${arg.value ? 'TRUE' : 'FALSE'}`;
  }
  return undefined;
}

function arityMessage(name: string, spec: FunctionSpec, got: number): string {
  const { minArgs, maxArgs } = spec;
  const plural = (n: number) => `${n} argument${n === 1 ? '' : 's'}`;
  let expected: string;
  if (minArgs === maxArgs) expected = `exactly ${plural(minArgs)}`;
  else if (maxArgs === Infinity) expected = `at least ${plural(minArgs)}`;
  else expected = `${minArgs} to ${maxArgs} arguments`;
  return `${name}() expects ${expected} but got ${got}`;
}
