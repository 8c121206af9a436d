import { readdirSync, readFileSync } from 'node:fs';
import {
  Kind,
  parse,
  print,
  TypeInfo,
  validate,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { loadApiSchema } from './api-schema.ts';
import { CONFIRM_ARGUMENT, CONFIRM_SCHEMA } from './confirm-writes.ts';
import { operationInputSchema, type ToolInputSchema } from './input-schema.ts';

/** A tool the MCP server and the assistant expose: one GraphQL operation run through the gateway. */
export interface GraphTool {
  /** snake_case verb: the operation's name converted (ListRecords → list_records). */
  name: string;
  /** From the operation file's leading comment block. */
  description: string;
  inputSchema: ToolInputSchema;
  /** True for mutations. */
  mutates: boolean;
  /** The operation text sent to the gateway. */
  document: string;
}

const OPERATIONS_URL = new URL('../operations/', import.meta.url);

let cached: GraphTool[] | undefined;

/** All tools, from the package's operations/*.graphql, validated against the API schema. */
export function loadGraphTools(): GraphTool[] {
  cached ??= readdirSync(OPERATIONS_URL)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => {
      try {
        return toolFromSource(readFileSync(new URL(file, OPERATIONS_URL), 'utf8'));
      } catch (error) {
        throw new Error(`operations/${file}: ${(error as Error).message}`, { cause: error });
      }
    });
  return cached.map((tool) => ({ ...tool }));
}

/** A tool from an operation file's text: `# comment` header, then one named operation. */
export function toolFromSource(source: string, schema: GraphQLSchema = loadApiSchema()): GraphTool {
  const document = parse(source);
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const operation = operations[0];
  if (operations.length !== 1 || !operation?.name) {
    throw new Error('An operation file holds exactly one named operation.');
  }
  const errors = validate(schema, document);
  if (errors.length > 0) throw new Error(errors.map((e) => e.message).join('\n'));
  const header = readHeader(source);
  if (!header.description) throw new Error('The leading comment block (the description) is empty.');
  const descriptions = new Map([...argumentDescriptions(schema, document), ...header.variables]);
  const inputSchema = operationInputSchema(schema, operation, descriptions);
  const mutates = operation.operation === 'mutation';
  if (mutates) {
    if (CONFIRM_ARGUMENT in inputSchema.properties)
      throw new Error(`$${CONFIRM_ARGUMENT} is reserved for write confirmation.`);
    inputSchema.properties[CONFIRM_ARGUMENT] = { ...CONFIRM_SCHEMA };
  }
  return {
    name: snakeCase(operation.name.value),
    description: header.description,
    inputSchema,
    mutates,
    document: print(document),
  };
}

/** ListRecords → list_records, ExportCSV → export_csv. */
export function snakeCase(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase();
}

/**
 * The leading `#` lines: the tool's description, except `# $name: text` lines, which describe a
 * variable (GraphQL has no descriptions on variable definitions).
 */
function readHeader(source: string) {
  const lines: string[] = [];
  const variables = new Map<string, string>();
  for (const raw of source.split('\n')) {
    const line = raw.trim();
    if (line === '') {
      if (lines.length > 0) lines.push('');
      continue;
    }
    if (!line.startsWith('#')) break;
    const text = line.replace(/^#\s?/, '');
    const variable = /^\$(\w+):\s*(.+)$/.exec(text);
    if (variable?.[1] && variable[2]) variables.set(variable[1], variable[2]);
    else lines.push(text);
  }
  const description = lines
    .join('\n')
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
  return { description, variables };
}

/** Each variable's description, taken from the schema argument or input field it is passed to. */
function argumentDescriptions(schema: GraphQLSchema, document: DocumentNode) {
  const descriptions = new Map<string, string>();
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Variable(node, _key, parent) {
        if (descriptions.has(node.name.value) || !parent || Array.isArray(parent)) return;
        const holder = parent as { kind?: string; name?: { value: string } };
        let description: string | null | undefined;
        if (holder.kind === Kind.ARGUMENT) description = typeInfo.getArgument()?.description;
        if (holder.kind === Kind.OBJECT_FIELD && holder.name) {
          const parentType = typeInfo.getParentInputType();
          const fields = parentType && 'getFields' in parentType ? parentType.getFields() : {};
          description = (fields as Record<string, { description?: string | null }>)[
            holder.name.value
          ]?.description;
        }
        if (description) descriptions.set(node.name.value, description);
      },
    }),
  );
  return descriptions;
}
