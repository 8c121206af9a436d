import {
  getNamedType,
  GraphQLError,
  isListType,
  isNonNullType,
  Kind,
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLOutputType,
  type SelectionSetNode,
  type ValidationContext,
  type GraphQLObjectType,
  isObjectType,
  isInterfaceType,
} from 'graphql';

// A list field without an explicit page size is assumed to return this many items.
const DEFAULT_LIST_SIZE = 10;

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

function pageSize(field: FieldNode): number {
  const arg = field.arguments?.find((a) =>
    ['first', 'last', 'limit', 'pageSize'].includes(a.name.value),
  );
  if (arg?.value.kind === Kind.INT) return Math.max(1, Number(arg.value.value));
  return DEFAULT_LIST_SIZE;
}

interface Measure {
  depth: number;
  cost: number;
}

function measure(
  selectionSet: SelectionSetNode,
  parent: GraphQLObjectType | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  context: ValidationContext,
  seen: Set<string>,
): Measure {
  let depth = 0;
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue; // introspection is not limited
      const fieldDef = parent?.getFields()[selection.name.value];
      const named = fieldDef ? getNamedType(fieldDef.type) : undefined;
      const childParent =
        named && (isObjectType(named) || isInterfaceType(named))
          ? (named as GraphQLObjectType)
          : undefined;
      const child = selection.selectionSet
        ? measure(selection.selectionSet, childParent, fragments, context, seen)
        : { depth: 0, cost: 0 };
      const multiplier = fieldDef && isList(fieldDef.type) ? pageSize(selection) : 1;
      depth = Math.max(depth, child.depth + 1);
      cost += 1 + multiplier * child.cost;
    } else {
      const set =
        selection.kind === Kind.INLINE_FRAGMENT
          ? selection.selectionSet
          : fragments[selection.name.value]?.selectionSet;
      const key = selection.kind === Kind.FRAGMENT_SPREAD ? selection.name.value : '';
      if (!set || (key && seen.has(key))) continue;
      const typeName =
        selection.kind === Kind.INLINE_FRAGMENT
          ? selection.typeCondition?.name.value
          : fragments[key]?.typeCondition.name.value;
      const fragmentType = typeName ? context.getSchema().getType(typeName) : parent;
      const inner = measure(
        set,
        isObjectType(fragmentType) ? fragmentType : parent,
        fragments,
        context,
        key ? new Set([...seen, key]) : seen,
      );
      depth = Math.max(depth, inner.depth);
      cost += inner.cost;
    }
  }
  return { depth, cost };
}

/** A validation rule refusing operations deeper than `maxDepth` or costlier than `maxCost`. */
export function queryLimits(maxDepth: number, maxCost: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION)
        fragments[definition.name.value] = definition;
    }
    return {
      OperationDefinition(operation) {
        const schema = context.getSchema();
        const root = schema.getRootType(operation.operation) ?? undefined;
        const { depth, cost } = measure(
          operation.selectionSet,
          root,
          fragments,
          context,
          new Set(),
        );
        if (depth > maxDepth) {
          context.reportError(
            new GraphQLError(`Query is ${depth} levels deep; the limit is ${maxDepth}.`, {
              nodes: [operation],
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
            }),
          );
        }
        if (cost > maxCost) {
          context.reportError(
            new GraphQLError(
              `Query cost ${cost} exceeds the limit of ${maxCost}. Ask for fewer fields or smaller pages.`,
              {
                nodes: [operation],
                extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
              },
            ),
          );
        }
      },
    };
  };
}
