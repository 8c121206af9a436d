import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  isSpecifiedScalarType,
  typeFromAST,
  valueFromASTUntyped,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';

export type JsonSchema = Record<string, unknown>;

export interface ToolInputSchema {
  type: 'object';
  properties: Record<string, unknown>;
  required?: string[];
  additionalProperties: false;
}

const SCALARS: Record<string, JsonSchema> = {
  String: { type: 'string' },
  ID: { type: 'string' },
  Int: { type: 'integer' },
  Float: { type: 'number' },
  Boolean: { type: 'boolean' },
  DateTime: { type: 'string', format: 'date-time' },
};

/** The JSON Schema of a GraphQL input type; `JSON` (and unknown custom scalars) accept any value. */
export function jsonSchemaOf(
  type: GraphQLInputType,
  seen: ReadonlySet<string> = new Set(),
): JsonSchema {
  if (isNonNullType(type)) return jsonSchemaOf(type.ofType, seen);
  if (isListType(type)) return { type: 'array', items: jsonSchemaOf(type.ofType, seen) };
  const named = getNamedType(type);
  const description = named.description ? { description: named.description } : {};
  if (isSpecifiedScalarType(named)) return { ...SCALARS[named.name] };
  if (isScalarType(named)) return { ...(SCALARS[named.name] ?? {}), ...description };
  if (isEnumType(named)) {
    return { type: 'string', enum: named.getValues().map((v) => v.name), ...description };
  }
  if (isInputObjectType(named)) {
    // A self-referencing input type stops at a plain object rather than recursing forever.
    if (seen.has(named.name)) return { type: 'object', ...description };
    const inner = new Set([...seen, named.name]);
    const properties: Record<string, JsonSchema> = {};
    const required: string[] = [];
    for (const field of Object.values(named.getFields())) {
      properties[field.name] = {
        ...jsonSchemaOf(field.type, inner),
        ...(field.description ? { description: field.description } : {}),
        ...(field.defaultValue !== undefined ? { default: field.defaultValue } : {}),
      };
      if (isNonNullType(field.type) && field.defaultValue === undefined) required.push(field.name);
    }
    return {
      type: 'object',
      properties,
      ...(required.length > 0 ? { required } : {}),
      additionalProperties: false,
      ...description,
    };
  }
  return {};
}

/** The tool input schema of an operation: one property per variable, described. */
export function operationInputSchema(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  descriptions: ReadonlyMap<string, string>,
): ToolInputSchema {
  const properties: Record<string, unknown> = {};
  const required: string[] = [];
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    if (!type) throw new Error(`Variable $${name} has an unknown type.`);
    const defaultValue = definition.defaultValue
      ? valueFromASTUntyped(definition.defaultValue)
      : undefined;
    const description = descriptions.get(name);
    properties[name] = {
      ...jsonSchemaOf(type),
      ...(description ? { description } : {}),
      ...(defaultValue !== undefined ? { default: defaultValue } : {}),
    };
    if (isNonNullType(type) && !definition.defaultValue) required.push(name);
  }
  return {
    type: 'object',
    properties,
    ...(required.length > 0 ? { required } : {}),
    additionalProperties: false,
  };
}
