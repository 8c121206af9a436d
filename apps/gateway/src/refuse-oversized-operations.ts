import type { RequestHandler } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { RequestLimits } from './request-limits.ts';

// Documents that passed are remembered, so a hot query is not parsed twice per request (Apollo
// keeps its own parsed, validated copy). Only short ones, so the memory stays small.
const REMEMBERED = 1_000;
const REMEMBERED_LENGTH = 10_000;

/**
 * Checks an HTTP operation's document before Apollo parses and validates it: parsing stops at
 * the token limit, and the counting limits run before the spec's rules. A refused document gets
 * 400 with `GRAPHQL_PARSE_FAILED` or `GRAPHQL_VALIDATION_FAILED`, as Apollo would answer.
 */
export function refuseOversizedOperations(
  limits: RequestLimits,
  schema: () => GraphQLSchema,
): RequestHandler {
  const passed = new Set<string>();
  return (req, res, next) => {
    const source =
      req.method === 'GET'
        ? (req.query as Record<string, unknown>).query
        : (req.body as { query?: unknown } | undefined)?.query;
    if (typeof source !== 'string') return next(); // persisted queries, batches: Apollo's to answer
    if (passed.has(source)) return next();
    const checked = limits.precheck(schema(), source);
    if (checked.ok) {
      if (source.length <= REMEMBERED_LENGTH) {
        if (passed.size >= REMEMBERED) passed.clear();
        passed.add(source);
      }
      return next();
    }
    res.status(400).json({ errors: checked.errors.map((error) => error.toJSON()) });
  };
}
