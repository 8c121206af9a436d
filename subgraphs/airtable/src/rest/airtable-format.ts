import { GraphQLError } from 'graphql';
import type { MirrorField, RecordRow } from '../db.ts';
import type { MirrorTableWithSchema } from '../domain/access.ts';
import { fieldsByName } from '../mirror/render-record.ts';

/** A mirrored record in Airtable's response shape. */
export function airtableRecord(
  table: { fields: MirrorField[] },
  row: RecordRow,
  options: { only?: Set<string>; byId?: boolean } = {},
) {
  return {
    id: row.id,
    createdTime: row.createdTime.toISOString(),
    fields: fieldsByName(table.fields, row, options),
  };
}

/** A mirrored table as Airtable's metadata API describes it. */
export function airtableTable(table: MirrorTableWithSchema) {
  return {
    id: table.id,
    name: table.name,
    ...(table.description ? { description: table.description } : {}),
    primaryFieldId: table.primaryFieldId,
    fields: table.fields.map((f) => ({
      id: f.id,
      name: f.name,
      type: f.type,
      ...(f.description ? { description: f.description } : {}),
      ...(f.options ? { options: f.options } : {}),
    })),
    views: table.views.map((v) => ({ id: v.id, name: v.name, type: v.type })),
  };
}

const MODEL_NOT_FOUND =
  'Invalid permissions, or the requested model was not found. Check that both your user and your token have the required permissions, and that the model names and/or ids are correct.';

/** Our errors translated to Airtable's status codes and error bodies. */
export function airtableError(error: unknown): { status: number; body: unknown } | null {
  if (!(error instanceof GraphQLError)) return null;
  const message = error.message;
  switch (error.extensions?.code) {
    case 'UNAUTHENTICATED':
      return {
        status: 401,
        body: { error: { type: 'AUTHENTICATION_REQUIRED', message: 'Authentication required' } },
      };
    case 'FORBIDDEN':
      return {
        status: 403,
        body: { error: { type: 'INVALID_PERMISSIONS', message } },
      };
    case 'NOT_FOUND':
      // Airtable answers an unknown record with a bare 404, and a base or table the token
      // cannot reach (or that does not exist) with one 403 that does not say which.
      return /^Record /.test(message)
        ? { status: 404, body: { error: 'NOT_FOUND' } }
        : {
            status: 403,
            body: {
              error: {
                type: 'INVALID_PERMISSIONS_OR_MODEL_NOT_FOUND',
                message: MODEL_NOT_FOUND,
              },
            },
          };
    case 'BAD_USER_INPUT': {
      const field = error.extensions?.field;
      const type =
        field === 'filterByFormula'
          ? 'INVALID_FILTER_BY_FORMULA'
          : /unknown field/i.test(message)
            ? 'UNKNOWN_FIELD_NAME'
            : /Airtable refused/.test(message)
              ? (/^Airtable refused the write\. (\w+):/.exec(message)?.[1] ??
                'INVALID_REQUEST_UNKNOWN')
              : 'INVALID_REQUEST_UNKNOWN';
      return {
        status: 422,
        body: {
          error: { type, message: message.replace(/^Airtable refused the write\. \w+: /, '') },
        },
      };
    }
    case 'RATE_LIMITED':
      return { status: 429, body: { error: { type: 'RATE_LIMIT_REACHED', message } } };
    default:
      return null;
  }
}
