import type { FieldNode, FormulaNode } from './ast.ts';
import { invalidFormula, unknownFieldNames } from './errors.ts';
import { checkCall } from './check-call.ts';
import { lookupFunction } from './functions/registry.ts';
import type { FieldSchema } from './types.ts';

/** The checked tree and the fields it reads. */
export interface Resolution {
  ast: FormulaNode;
  referencedFields: string[];
}

/**
 * Checks functions, argument counts and literal argument kinds, binds field references to the schema (by name, then
 * by id) and turns a bare TRUE/FALSE that names no field into a boolean. Throws FormulaError.
 */
export function resolveFormula(
  source: string,
  ast: FormulaNode,
  fields: readonly FieldSchema[] | undefined,
  callerFunctions = false,
): Resolution {
  const byName = new Map(fields?.map((f) => [f.name, f]));
  const byId = new Map(fields?.map((f) => [f.id, f]));
  const referenced = new Set<string>();
  const unknown = new Map<string, number>();

  const field = (node: FieldNode): FormulaNode => {
    const schema = byName.get(node.name) ?? byId.get(node.name);
    if (!node.braced && !schema && /^(true|false)$/i.test(node.name)) {
      return {
        kind: 'boolean',
        value: node.name.toLowerCase() === 'true',
        start: node.start,
        end: node.end,
      };
    }
    if (fields && !schema) {
      if (!unknown.has(node.name)) unknown.set(node.name, node.start);
      return node;
    }
    referenced.add(schema?.name ?? node.name);
    if (!schema) return node;
    const { id, name, type, options } = schema;
    return {
      ...node,
      field: options === undefined ? { id, name, type } : { id, name, type, options },
    };
  };

  const visit = (node: FormulaNode): FormulaNode => {
    switch (node.kind) {
      case 'field':
        return field(node);
      case 'unary':
        return { ...node, operand: visit(node.operand) };
      case 'binary':
        return { ...node, left: visit(node.left), right: visit(node.right) };
      case 'call': {
        const spec = lookupFunction(node.name, callerFunctions);
        if (!spec) throw invalidFormula(source, node.start, `Unknown function ${node.name}`);
        const call = { ...node, args: node.args.map(visit) };
        checkCall(source, call, spec);
        return call;
      }
      default:
        return node;
    }
  };

  const resolved = visit(ast);
  if (unknown.size > 0) {
    throw unknownFieldNames(source, [...unknown.keys()], Math.min(...unknown.values()));
  }
  return { ast: resolved, referencedFields: [...referenced] };
}
