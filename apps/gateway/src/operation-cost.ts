import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isInputType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  typeFromAST,
  valueFromAST,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** A list field with no page-size argument and no default is assumed to return this many items. */
export const DEFAULT_LIST_SIZE = 10;

const PAGE_SIZE_ARGUMENTS = new Set(['first', 'last', 'limit', 'pageSize']);

type Variables = Record<string, unknown>;

/** The page size a field asks for: its argument (literal or variable), else the schema's default. */
function pageSize(
  field: FieldNode,
  definition: GraphQLField<unknown, unknown> | undefined,
  variables: Variables,
): number | undefined {
  for (const arg of definition?.args ?? []) {
    if (!PAGE_SIZE_ARGUMENTS.has(arg.name)) continue;
    const given = field.arguments?.find((a) => a.name.value === arg.name);
    // A variable not given leaves the argument unset: the schema's default applies.
    const value = given ? valueFromAST(given.value, arg.type, variables) : undefined;
    if (value === undefined && arg.defaultValue !== undefined) return pageOf(arg.defaultValue);
    if (value !== undefined) return pageOf(value);
  }
  return undefined;
}

function pageOf(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? Math.max(0, value) : undefined;
}

/** Variable values with the operation's defaults for those not given. */
function withDefaults(operation: OperationDefinitionNode, schema: GraphQLSchema, given: Variables) {
  const values: Variables = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const type = typeFromAST(schema, definition.type);
    if (!definition.defaultValue || !type || !isInputType(type)) continue;
    const value = valueFromAST(definition.defaultValue, type);
    if (value !== undefined) values[definition.variable.name.value] = value;
  }
  return { ...values, ...given };
}

/**
 * The estimated cost of an operation: each field counts 1, and a list's selection counts once
 * per item it may return: its page-size argument (a literal, a variable's value or the schema's
 * default), else DEFAULT_LIST_SIZE. A connection's page size (`records(first: 1000) { edges { … } }`)
 * sizes the lists directly inside it. Every alias counts; each fragment is measured once.
 * Introspection fields are not counted. Variables not given use the operation's defaults.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  given: Variables = {},
): number {
  const variables = withDefaults(operation, schema, given);
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition);
  const measured = new Map<string, number>();
  const visiting = new Set<string>();

  function fragmentCost(name: string, inherited: number | undefined): number {
    const key = `${name}:${inherited ?? ''}`;
    const known = measured.get(key);
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    // Unknown and cyclic fragments are refused by validation; they cost nothing here.
    if (!fragment || visiting.has(name)) return 0;
    visiting.add(name);
    const type = schema.getType(fragment.typeCondition.name.value);
    const cost = selectionCost(
      fragment.selectionSet,
      isCompositeType(type) ? type : undefined,
      inherited,
    );
    visiting.delete(name);
    measured.set(key, cost);
    return cost;
  }

  function selectionCost(
    set: SelectionSetNode,
    parent: GraphQLCompositeType | undefined,
    inherited: number | undefined,
  ): number {
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        total += fragmentCost(selection.name.value, inherited);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition
          ? schema.getType(selection.typeCondition.name.value)
          : parent;
        total += selectionCost(
          selection.selectionSet,
          isCompositeType(type) ? type : parent,
          inherited,
        );
      } else if (!selection.name.value.startsWith('__')) {
        const definition =
          parent && (isObjectType(parent) || isInterfaceType(parent))
            ? parent.getFields()[selection.name.value]
            : undefined;
        const size = pageSize(selection, definition, variables);
        const isList = definition ? isListType(getNullableType(definition.type)) : false;
        const named = definition ? getNamedType(definition.type) : undefined;
        const child = selection.selectionSet
          ? selectionCost(
              selection.selectionSet,
              named && isCompositeType(named) ? named : undefined,
              isList ? undefined : size,
            )
          : 0;
        total += 1 + (isList ? (size ?? inherited ?? DEFAULT_LIST_SIZE) : 1) * child;
      }
    }
    return total;
  }

  const root = schema.getRootType(operation.operation) ?? undefined;
  return selectionCost(operation.selectionSet, root, undefined);
}
