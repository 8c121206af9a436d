import type { ApolloServerPlugin } from '@apollo/server';
import type { AuditOutbox, AuditOutcome, AuditPath } from '@pyairtable/audit-client';
import { ERROR_CODES } from '@pyairtable/subgraph-kit';
import type { GraphQLFormattedError } from 'graphql';
import type { GatewayContext } from '../create-gateway.ts';
import { operationTarget } from './operation-target.ts';
import { rootFields, type RootField } from './root-fields.ts';

const CLIENT_CODES = new Set<string>([
  ...ERROR_CODES.filter((c) => c !== 'UPSTREAM_UNAVAILABLE'),
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
]);
// Mutations that answer with the workspace they made or joined.
const WORKSPACE_IN_ANSWER = new Set(['createWorkspace', 'acceptInvitation']);
// Mutations that answer with the id of what they made, so later entries naming it find its workspace.
const ID_IN_ANSWER = new Set(['connectAirtable']);
// Queries that take data out of the platform: recorded like writes.
const EXPORTS = new Set(['exportCsv']);

/** The error of a root field (or of the whole operation), if any. */
const errorOf = (field: RootField, errors: readonly GraphQLFormattedError[]) =>
  errors.find((e) => e.path?.[0] === field.responseKey) ?? errors.find((e) => !e.path);

/** The operation recorded: the root field, or the identity event its refusal reveals. */
function operationOf(field: RootField, errors: readonly GraphQLFormattedError[]) {
  if (
    field.name === 'refreshSession' &&
    errorOf(field, errors)?.extensions?.reason === 'REFRESH_TOKEN_REUSED'
  )
    return 'identity.refreshTokenReused';
  return field.name;
}

function outcomeOf(
  field: RootField,
  errors: readonly GraphQLFormattedError[],
): { outcome: AuditOutcome; errorCode: string | null } {
  const error = errorOf(field, errors);
  if (!error) return { outcome: 'ok', errorCode: null };
  const code =
    typeof error.extensions?.code === 'string' ? error.extensions.code : 'INTERNAL_SERVER_ERROR';
  return { outcome: CLIENT_CODES.has(code) ? 'refused' : 'failed', errorCode: code };
}

/**
 * Records every mutation through the gateway, one entry per root field, and every operation
 * of an MCP or assistant tool call, into the durable audit outbox before the answer leaves:
 * a write that succeeded has its entry even if the audit subgraph is down. Subscriptions are
 * not recorded.
 */
export function auditPlugin(outbox: AuditOutbox): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      let fields: RootField[] = [];
      return {
        async didResolveOperation({ operation, schema, document, request, contextValue }) {
          if (!operation) return;
          const path = contextValue.auditPath ?? 'graphql';
          if (operation.operation === 'subscription' || contextValue.forSubscription) return;
          const all = rootFields(schema, document, operation, request.variables).filter(
            (f) => !f.name.startsWith('__'),
          );
          // Every mutation; MCP and assistant tool calls also when they read; exports always.
          fields =
            operation.operation === 'mutation' || path === 'mcp' || path === 'assistant'
              ? all
              : all.filter((f) => EXPORTS.has(f.name));
        },
        async willSendResponse({ response, contextValue }) {
          if (fields.length === 0 || response.body.kind !== 'single') return;
          const { errors = [], data } = response.body.singleResult;
          const path: AuditPath = contextValue.auditPath ?? 'graphql';
          const creds = contextValue.credentials;
          for (const field of fields) {
            const target = operationTarget(field.name, field.args);
            const answer = (data as Record<string, { id?: unknown } | null> | null | undefined)?.[
              field.responseKey
            ];
            if (WORKSPACE_IN_ANSWER.has(field.name) && typeof answer?.id === 'string')
              target.workspaceId ??= answer.id;
            if (ID_IN_ANSWER.has(field.name) && typeof answer?.id === 'string')
              target.id ??= answer.id;
            const workspaceId =
              target.workspaceId && /^[0-9a-f-]{36}$/i.test(target.workspaceId)
                ? target.workspaceId.toLowerCase()
                : null;
            const entry = {
              workspaceId,
              actor: { userId: creds?.userId ?? null, apiKeyId: creds?.apiKeyId ?? null },
              path,
              operation: operationOf(field, errors),
              ...outcomeOf(field, errors),
              requestId: contextValue.requestId,
              ip: contextValue.ip,
              userAgent: contextValue.userAgent ?? null,
              target,
            };
            // The outbox is a local database write; if even that fails the entry is lost,
            // which is logged loudly rather than failing an answer whose write succeeded.
            await outbox
              .record(entry)
              .catch((err: unknown) =>
                contextValue.log.error({ err, entry }, 'audit entry could not be stored'),
              );
          }
        },
      };
    },
  };
}
