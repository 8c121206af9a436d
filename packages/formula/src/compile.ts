import type { FormulaNode } from './ast.ts';
import { isValidTimeZone } from './dates/zone.ts';
import { createFieldReader } from './field-readers.ts';
import { lookupFunction } from './functions/registry.ts';
import { binaryOperator } from './operators.ts';
import { parseFormula } from './parser.ts';
import { resolveFormula } from './resolve.ts';
import type {
  EagerFunction,
  EvalContext,
  Evaluator,
  FunctionSpec,
  LazyFunction,
} from './runtime.ts';
import { toNumber } from './coerce.ts';
import type { CompileOptions, EvaluationContext, FormulaRecord } from './types.ts';
import { FormulaErrorValue, type FormulaValue } from './values.ts';

/** A formula parsed and resolved once, ready to evaluate against many records. */
export interface CompiledFormula {
  readonly source: string;
  /** The resolved tree: field nodes carry their schema, bare TRUE/FALSE are booleans. */
  readonly ast: FormulaNode;
  /** Field names the formula reads, in order of first use. */
  readonly referencedFields: readonly string[];
  /** Evaluates the formula for one record. */
  evaluate(record: FormulaRecord, context?: EvaluationContext): FormulaValue;
}

/** Parses and resolves a formula into closures; throws FormulaError for a bad formula. */
export function compileFormula(source: string, options: CompileOptions = {}): CompiledFormula {
  const caller = options.callerFunctions === true;
  const { ast, referencedFields } = resolveFormula(
    source,
    parseFormula(source),
    options.fields,
    caller,
  );
  const run = compileNode(ast, caller);
  return {
    source,
    ast,
    referencedFields: Object.freeze(referencedFields),
    evaluate(record, context = {}) {
      const timeZone = context.timeZone ?? 'UTC';
      if (!isValidTimeZone(timeZone)) throw new RangeError(`Unknown time zone: ${timeZone}`);
      const ctx: EvalContext = {
        record,
        timeZone,
        now: context.now,
        currentUser: context.currentUser,
      };
      return run(ctx);
    },
  };
}

function compileNode(node: FormulaNode, caller: boolean): Evaluator {
  switch (node.kind) {
    case 'number':
    case 'string':
    case 'boolean': {
      const value = node.value;
      return () => value;
    }
    case 'field':
      return createFieldReader(node);
    case 'unary': {
      const operand = compileNode(node.operand, caller);
      const negate = node.operator === '-';
      return (ctx) => {
        const n = toNumber(operand(ctx));
        if (n instanceof FormulaErrorValue) return n;
        return negate ? -n || 0 : n;
      };
    }
    case 'binary': {
      const left = compileNode(node.left, caller);
      const right = compileNode(node.right, caller);
      const apply = binaryOperator(node.operator);
      return (ctx) => {
        const a = left(ctx);
        if (a instanceof FormulaErrorValue) return a;
        const b = right(ctx);
        if (b instanceof FormulaErrorValue) return b;
        return apply(a, b);
      };
    }
    case 'call': {
      const spec = lookupFunction(node.name, caller) as FunctionSpec;
      if (spec.fromNodes) return spec.fromNodes(node.args);
      return compileCall(
        spec,
        node.args.map((arg) => compileNode(arg, caller)),
      );
    }
  }
}

function compileCall(spec: EagerFunction | LazyFunction, args: Evaluator[]): Evaluator {
  if (spec.lazy) return (ctx) => spec.call(args, ctx);
  const call = spec.call;
  const count = args.length;
  const passErrors = spec.passErrors === true;
  return (ctx) => {
    const values: FormulaValue[] = new Array<FormulaValue>(count);
    for (let i = 0; i < count; i++) {
      const value = (args[i] as Evaluator)(ctx);
      if (!passErrors && value instanceof FormulaErrorValue) return value;
      values[i] = value;
    }
    return call(values, ctx);
  };
}
