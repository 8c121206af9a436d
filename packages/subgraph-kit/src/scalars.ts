import { GraphQLScalarType, Kind } from 'graphql';
import { badUserInput } from './errors.ts';

function toDate(value: unknown): Date {
  const date = value instanceof Date ? value : new Date(String(value));
  if (Number.isNaN(date.getTime())) throw badUserInput(`Not a valid date-time: ${String(value)}`);
  return date;
}

/** `scalar DateTime`: ISO-8601 strings on the wire, Date objects in resolvers. */
export const DateTime = new GraphQLScalarType({
  name: 'DateTime',
  description: 'An ISO-8601 date-time in UTC.',
  serialize: (value) => toDate(value).toISOString(),
  parseValue: (value) => toDate(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw badUserInput('DateTime must be a string.');
    return toDate(ast.value);
  },
});
