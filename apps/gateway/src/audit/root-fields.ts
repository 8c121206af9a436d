import {
  getArgumentValues,
  getVariableValues,
  Kind,
  type DocumentNode,
  type FieldNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

export interface RootField {
  /** The field's name (updateRecords). */
  name: string;
  /** Its key in the response (the alias, if any). */
  responseKey: string;
  /** Its arguments, variables applied. */
  args: Record<string, unknown>;
}

/** The root fields an operation selects, with their argument values. */
export function rootFields(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): RootField[] {
  const root =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  if (!root) return [];
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
  const values = 'coerced' in coerced ? coerced.coerced : {};
  const fragments = new Map(
    document.definitions.flatMap((d) =>
      d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d]] : [],
    ),
  );
  const fields: FieldNode[] = [];
  const collect = (set: SelectionSetNode, seen: Set<string>) => {
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) fields.push(s);
      else if (s.kind === Kind.INLINE_FRAGMENT) collect(s.selectionSet, seen);
      else if (!seen.has(s.name.value)) {
        seen.add(s.name.value);
        const fragment = fragments.get(s.name.value);
        if (fragment) collect(fragment.selectionSet, seen);
      }
    }
  };
  collect(operation.selectionSet, new Set());
  return fields.flatMap((node) => {
    const def = root.getFields()[node.name.value];
    if (!def) return [];
    let args: Record<string, unknown> = {};
    try {
      args = getArgumentValues(def, node, values);
    } catch {
      // Arguments that do not coerce were refused by validation already.
    }
    return [{ name: node.name.value, responseKey: node.alias?.value ?? node.name.value, args }];
  });
}
