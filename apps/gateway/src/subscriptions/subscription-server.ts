import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import type { ApolloServer } from '@apollo/server';
import type {
  EventBus,
  RecordChangedEvent,
  SyncProgressEvent,
  TableSchemaChangedEvent,
} from '@pyairtable/events';
import type { Logger } from '@pyairtable/subgraph-kit';
import {
  GraphQLError,
  Kind,
  print,
  subscribe,
  type FieldNode,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Credentials } from '../authenticate.ts';
import type { GatewayContext } from '../create-gateway.ts';
import { eventStream } from './event-stream.ts';

type Authenticate = (
  authorization: string | undefined,
  requestId: string,
) => Promise<{ ok: true; credentials: Credentials | null } | { ok: false; message: string }>;

export interface SubscriptionOptions {
  server: http.Server;
  apollo: ApolloServer<GatewayContext>;
  schema: () => GraphQLSchema;
  bus: EventBus;
  authenticate: Authenticate;
  logger: Logger;
  /** Active subscriptions one connection may hold. */
  maxPerConnection: number;
}

/** Runs an operation through the gateway, as the subscriber; returns data or throws its first error. */
async function run(
  apollo: ApolloServer<GatewayContext>,
  context: GatewayContext,
  query: string,
  variables: Record<string, unknown>,
) {
  const response = await apollo.executeOperation({ query, variables }, { contextValue: context });
  if (response.body.kind !== 'single') throw new Error('Unexpected incremental response');
  const { data, errors } = response.body.singleResult;
  if (errors?.length) {
    throw new GraphQLError(errors[0]!.message, {
      extensions: { code: errors[0]!.extensions?.code ?? 'INTERNAL_SERVER_ERROR' },
    });
  }
  return data as Record<string, unknown>;
}

/**
 * graphql-ws on the gateway's /graphql URL. Subscriptions listen to the platform's event bus;
 * every event's selection (e.g. `record { createdBy { email } }`) is resolved through the
 * gateway's own query planning, as the subscriber, so permissions apply per event.
 */
export function attachSubscriptions(options: SubscriptionOptions) {
  const { apollo, bus, logger } = options;
  const wss = new WebSocketServer({ server: options.server, path: '/graphql' });
  const resolutions = new Map<string, Promise<Record<string, unknown>>>();

  /** One resolution per key while an event is being delivered (kept briefly for late subscribers). */
  function shared(key: string, resolve: () => Promise<Record<string, unknown>>) {
    let pending = resolutions.get(key);
    if (!pending) {
      pending = resolve();
      resolutions.set(key, pending);
      setTimeout(() => resolutions.delete(key), 10_000).unref();
    }
    return pending;
  }

  /** Each event becomes the subscription field's result, keyed by the client's response keys. */
  function shape(
    selections: readonly FieldNode[],
    values: Record<string, unknown>,
    nested: (field: FieldNode) => Promise<unknown>,
  ) {
    return (async () => {
      const out: Record<string, unknown> = {};
      for (const field of selections) {
        const key = field.alias?.value ?? field.name.value;
        out[key] = field.selectionSet
          ? await nested(field)
          : field.name.value === '__typename'
            ? values.__typename
            : values[field.name.value];
      }
      return out;
    })();
  }

  const subscribeField: GraphQLFieldResolver<
    unknown,
    GatewayContext,
    Record<string, unknown>
  > = async (_root, args, context, info) => {
    if (!context.credentials)
      throw new GraphQLError('You must be signed in.', { extensions: { code: 'UNAUTHENTICATED' } });
    const baseId = String(args.baseId);
    // The gateway's schema resolves every field by its response key (alias).
    const responseKey = String(info.path.key);
    const selections = (info.fieldNodes[0]!.selectionSet?.selections ?? []).filter(
      (s): s is FieldNode => s.kind === Kind.FIELD,
    );
    const fragments = Object.values(info.fragments).map(print).join('\n');
    // Subscribers with the same identity and selection share one resolution per event.
    const identity = `${context.credentials.userId}:${context.credentials.apiKeyId ?? ''}`;
    const through = (query: string, variables: Record<string, unknown>, eventId?: string) => {
      const full = `${query}\n${fragments}`;
      const resolve = () => run(apollo, context, full, variables);
      return eventId
        ? shared(
            `${eventId}\u0000${identity}\u0000${full}\u0000${JSON.stringify(variables)}`,
            resolve,
          )
        : resolve();
    };

    if (info.fieldName === 'syncProgress' || info.fieldName === 'tableSchemaChanged') {
      await run(apollo, context, 'query ($b: ID!) { base(id: $b) { id } }', { b: baseId });
      const type = info.fieldName === 'syncProgress' ? 'sync.progress' : 'table.schemaChanged';
      const stream = eventStream<SyncProgressEvent | TableSchemaChangedEvent>(
        bus,
        { types: [type] },
        (e) => e.baseId === baseId,
      );
      return (async function* () {
        for await (const event of stream) {
          if (event.type === 'sync.progress') {
            const values = {
              __typename: 'SyncStatus',
              state: event.status,
              recordsDone: event.recordsDone,
              recordsTotal: event.recordsTotal,
              tablesDone: event.tablesDone,
              tablesTotal: event.tablesTotal,
              lastSyncedAt: null,
              error: null,
            };
            yield { [responseKey]: await shape(selections, values, async () => null) };
          } else {
            const values = { __typename: 'TableSchemaChange', tableId: event.tableId };
            const table = async (field: FieldNode) => {
              const data = await through(
                `query ($b: ID!, $t: String!) { base(id: $b) { table(idOrName: $t) ${print(field.selectionSet!)} } }`,
                { b: baseId, t: event.tableId },
              );
              return (data.base as { table?: unknown } | null)?.table ?? null;
            };
            yield { [responseKey]: await shape(selections, values, table) };
          }
        }
      })();
    }

    const tableId = String(args.tableId);
    const formula =
      typeof args.filterByFormula === 'string' && args.filterByFormula.trim()
        ? args.filterByFormula
        : null;
    // Access and the formula are checked once up front; each event is checked again as it is resolved.
    const checked = await run(
      apollo,
      context,
      'query ($b: ID!, $t: ID!, $name: String!, $f: String) { base(id: $b) { table(idOrName: $name) { id } } records(baseId: $b, tableId: $t, filterByFormula: $f, first: 0) { totalCount } }',
      { b: baseId, t: tableId, name: tableId, f: formula },
    );
    const table = (checked.base as { table: { id: string } | null } | null)?.table;
    if (!table)
      throw new GraphQLError(`Table ${tableId} was not found.`, {
        extensions: { code: 'NOT_FOUND' },
      });
    const stream = eventStream<RecordChangedEvent>(
      bus,
      { types: ['record.changed'] },
      (e) => e.baseId === baseId && e.tableId === table.id,
    );
    return (async function* () {
      for await (const event of stream) {
        if (formula && event.kind !== 'DELETED') {
          const match = await through(
            'query ($b: ID!, $t: ID!, $f: String) { records(baseId: $b, tableId: $t, filterByFormula: $f, first: 1) { totalCount } }',
            {
              b: baseId,
              t: table.id,
              f: `AND(RECORD_ID() = "${event.recordId}", ${formula})`,
            },
            event.id,
          ).catch(() => null);
          if (!match || (match.records as { totalCount: number }).totalCount === 0) continue;
        }
        const values = {
          __typename: 'RecordChange',
          kind: event.kind,
          changedFields: event.changedFields,
          recordId: event.recordId,
        };
        yield {
          [responseKey]: await shape(selections, values, async (field) =>
            event.kind === 'DELETED'
              ? null
              : (
                  await through(
                    `query ($b: ID!, $t: ID!, $id: ID!) { record(baseId: $b, tableId: $t, id: $id) ${print(field.selectionSet!)} }`,
                    { b: event.baseId, t: event.tableId, id: event.recordId },
                    event.id,
                  )
                ).record,
          ),
        };
      }
    })();
  };

  const active = new Map<unknown, number>();
  const cleanup = useServer<
    Record<string, unknown>,
    { credentials?: Credentials | null; requestId?: string; ip?: string | null }
  >(
    {
      schema: options.schema,
      connectionInitWaitTimeout: 10_000,
      onConnect: async (ctx) => {
        const requestId = randomUUID();
        const authorization =
          typeof ctx.connectionParams?.authorization === 'string'
            ? ctx.connectionParams.authorization
            : undefined;
        const result = await options
          .authenticate(authorization, requestId)
          .catch(() => ({ ok: false as const, message: 'unavailable' }));
        if (!result.ok || !result.credentials) return false; // graphql-ws closes with 4403 Forbidden
        // An access token is good until it expires: then the connection closes with 4401, and
        // the client reconnects with a fresh token.
        const expiresAt = result.credentials.expiresAt;
        if (expiresAt) {
          const timer = setTimeout(
            () => ctx.extra.socket.close(4401, 'Access token expired'),
            Math.max(0, expiresAt.getTime() - Date.now()),
          );
          timer.unref();
          ctx.extra.socket.once('close', () => clearTimeout(timer));
        }
        Object.assign(ctx.extra, {
          credentials: result.credentials,
          requestId,
          ip: ctx.extra.request.socket.remoteAddress ?? null,
        });
        return true;
      },
      onSubscribe: (ctx) => {
        const count = (active.get(ctx) ?? 0) + 1;
        if (count > options.maxPerConnection) {
          return [
            new GraphQLError(`At most ${options.maxPerConnection} subscriptions per connection.`, {
              extensions: { code: 'RATE_LIMITED' },
            }),
          ];
        }
        active.set(ctx, count);
        return undefined;
      },
      onComplete: (ctx) => void active.set(ctx, Math.max(0, (active.get(ctx) ?? 1) - 1)),
      onClose: (ctx) => void active.delete(ctx),
      context: (ctx) => ({
        requestId: ctx.extra.requestId ?? randomUUID(),
        credentials: ctx.extra.credentials ?? null,
        ip: ctx.extra.ip ?? null,
        log: logger.child({
          requestId: ctx.extra.requestId,
          userId: ctx.extra.credentials?.userId,
        }),
      }),
      subscribe: (args) => subscribe({ ...args, subscribeFieldResolver: subscribeField }),
    },
    wss,
    15_000, // keep-alive pings
  );
  return {
    close: async () => {
      await cleanup.dispose();
      wss.close();
    },
  };
}
