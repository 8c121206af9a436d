import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { parseFailed, validationFailed } from '@pyairtable/subgraph-kit';
import {
  getOperationAST,
  GraphQLError,
  Kind,
  NoSchemaIntrospectionCustomRule,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { operationCost } from './operation-cost.ts';

export interface LimitSettings {
  maxTokens: number;
  maxAliases: number;
  maxDirectives: number;
  maxFragments: number;
  maxDepth: number;
  maxCost: number;
  /** Schema introspection and "Did you mean …" suggestions. */
  introspection: boolean;
}

/** The gateway's request limits from its settings. */
export function limitSettings(config: {
  MAX_QUERY_TOKENS: number;
  MAX_QUERY_ALIASES: number;
  MAX_QUERY_DIRECTIVES: number;
  MAX_QUERY_FRAGMENTS: number;
  MAX_QUERY_DEPTH: number;
  MAX_QUERY_COST: number;
  introspection: boolean;
}): LimitSettings {
  return {
    maxTokens: config.MAX_QUERY_TOKENS,
    maxAliases: config.MAX_QUERY_ALIASES,
    maxDirectives: config.MAX_QUERY_DIRECTIVES,
    maxFragments: config.MAX_QUERY_FRAGMENTS,
    maxDepth: config.MAX_QUERY_DEPTH,
    maxCost: config.MAX_QUERY_COST,
    introspection: config.introspection,
  };
}

/** Removes graphql-js's "Did you mean …?" hints, which spell out the schema. */
export function hideSuggestions(message: string): string {
  return message.replace(/\s*Did you mean [^?]*\?/g, '');
}

function costError(cost: number, max: number) {
  return validationFailed(
    `Query cost ${cost} exceeds the limit of ${max}. Ask for fewer fields or smaller pages.`,
  );
}

/**
 * The limits every operation meets, over HTTP and graphql-ws alike, from one definition:
 * tokens at parse time, then counts (fragments, aliases, directives, depth) that are linear in
 * the document and run before the spec's validation (some of its rules are not linear), then
 * the spec's rules with the cost and introspection rules, and the cost again with the
 * request's variables once they are known.
 */
export function createRequestLimits(settings: LimitSettings) {
  /** A validation error with its code, without suggestions unless introspection is on. */
  const present = (error: GraphQLError) =>
    validationFailed(
      settings.introspection ? error.message : hideSuggestions(error.message),
      error.nodes,
    );
  // graphql-armor's rules report through this instead of throwing, with our code and wording.
  const armor = {
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) =>
        context?.reportError(validationFailed(error.message.replace(/^Syntax Error: /, ''))),
    ],
  };
  const maxFragments: ValidationRule = (context) => ({
    Document(document) {
      const count = document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).length;
      if (count > settings.maxFragments)
        context.reportError(
          validationFailed(`Fragment limit of ${settings.maxFragments} exceeded, found ${count}.`),
        );
    },
  });
  const countingRules: ValidationRule[] = [
    maxFragments,
    maxAliasesRule({ n: settings.maxAliases, ...armor }) as unknown as ValidationRule,
    maxDirectivesRule({ n: settings.maxDirectives, ...armor }) as unknown as ValidationRule,
    maxDepthRule({
      n: settings.maxDepth,
      flattenFragments: true,
      ...armor,
    }) as unknown as ValidationRule,
  ];
  // Without variables' values, the static cost counts their defaults, else the schema's.
  const staticCost: ValidationRule = (context) => ({
    OperationDefinition(operation) {
      const cost = operationCost(context.getSchema(), context.getDocument(), operation);
      if (cost > settings.maxCost) context.reportError(costError(cost, settings.maxCost));
    },
  });
  const rules: ValidationRule[] = [
    staticCost,
    ...(settings.introspection ? [] : [NoSchemaIntrospectionCustomRule]),
  ];

  return {
    settings,
    parseOptions: { maxTokens: settings.maxTokens },
    /** The rules run with the spec's (Apollo's `validationRules`). */
    rules,

    /**
     * Parses `source` within the token limit and runs the counting rules: the document, or
     * the errors (GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED).
     */
    precheck(
      schema: GraphQLSchema,
      source: string,
    ): { ok: true; document: DocumentNode } | { ok: false; errors: GraphQLError[] } {
      let document: DocumentNode;
      try {
        document = parse(source, { maxTokens: settings.maxTokens });
      } catch (error) {
        if (!(error instanceof GraphQLError)) throw error;
        return { ok: false, errors: [parseFailed(error.message, error.source, error.positions)] };
      }
      const errors = validate(schema, document, countingRules);
      return errors.length ? { ok: false, errors: errors.map(present) } : { ok: true, document };
    },

    /** The spec's validation with the gateway's rules, for a prechecked document. */
    validate(schema: GraphQLSchema, document: DocumentNode): GraphQLError[] {
      return validate(schema, document, [...specifiedRules, ...rules]).map(present);
    },

    /** The cost of the operation to run, with its variables; an error past the limit. */
    checkCost(
      schema: GraphQLSchema,
      document: DocumentNode,
      operationName: string | null | undefined,
      variables: Record<string, unknown> | null | undefined,
    ): GraphQLError | undefined {
      const operation = getOperationAST(document, operationName);
      if (!operation) return undefined;
      const cost = operationCost(schema, document, operation, variables ?? {});
      return cost > settings.maxCost ? costError(cost, settings.maxCost) : undefined;
    },
  };
}

export type RequestLimits = ReturnType<typeof createRequestLimits>;
