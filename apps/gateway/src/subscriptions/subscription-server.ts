import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import type { ApolloServer } from '@apollo/server';
import type { EventBus } from '@pyairtable/events';
import {
  badUserInput,
  overLimit,
  unauthenticated,
  validationFailed,
  type Logger,
  type MembershipClient,
} from '@pyairtable/subgraph-kit';
import {
  getOperationAST,
  Kind,
  print,
  subscribe,
  type FieldNode,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocket, WebSocketServer } from 'ws';
import type { Credentials } from '../authenticate.ts';
import type { GatewayContext } from '../create-gateway.ts';
import type { Metrics } from '../metrics.ts';
import type { BudgetSettings } from '../request-budget.ts';
import type { RequestLimits } from '../request-limits.ts';
import { subscribeBaseEvents } from './base-events.ts';
import { subscribeConversationUpdated } from './conversation-updated.ts';
import { subscribeNotificationAdded } from './notification-added.ts';
import { subscribeImportProgress } from './import-progress.ts';
import { subscribeWorkflowRunUpdated } from './workflow-run-updated.ts';
import { subscribeRecordChanged } from './record-changed.ts';
import {
  createWorkspaceLimits,
  type SubscriptionDeps,
  type SubscriptionField,
} from './subscription-field.ts';
import { createGatewayRunner, type SubscriberContext } from './through-gateway.ts';

type Authenticate = (
  authorization: string | undefined,
  requestId: string,
) => Promise<{ ok: true; credentials: Credentials | null } | { ok: false; message: string }>;

export interface SubscriptionOptions {
  server: http.Server;
  apollo: ApolloServer<GatewayContext>;
  schema: () => GraphQLSchema;
  /** The same limits as HTTP operations meet. */
  limits: RequestLimits;
  /** Each query run for a subscriber has this budget. */
  budget: BudgetSettings;
  bus: EventBus;
  authenticate: Authenticate;
  logger: Logger;
  metrics: Metrics;
  /** Asks workspaces for a subscriber's role, so revoked members stop receiving. */
  membership: MembershipClient;
  /** Active subscriptions one connection may hold. */
  maxPerConnection: number;
  /** Active subscriptions one workspace may hold on this gateway process. */
  maxPerWorkspace: number;
  /** Resolve each event once for subscribers with the same role and selection. */
  shareResolutions: boolean;
}

const FIELDS: Record<string, SubscriptionField> = {
  recordChanged: subscribeRecordChanged,
  syncProgress: subscribeBaseEvents('sync.progress'),
  tableSchemaChanged: subscribeBaseEvents('table.schemaChanged'),
  conversationUpdated: subscribeConversationUpdated,
  notificationAdded: subscribeNotificationAdded,
  importProgress: subscribeImportProgress,
  workflowRunUpdated: subscribeWorkflowRunUpdated,
};

/** A subscription's context: the subscriber, and how to tell them it is registered. */
type ConnectionContext = SubscriberContext & { registered(): void };

/**
 * Tells a client its subscription `id` listens from now on: a graphql-ws Ping whose payload is
 * `{ subscribed: id }` (the protocol lets either side ping with a payload; clients answer Pong).
 * A change made after it arrives is delivered.
 */
function acknowledge(socket: WebSocket, id: string) {
  if (socket.readyState === WebSocket.OPEN)
    socket.send(JSON.stringify({ type: 'ping', payload: { subscribed: id } }));
}

/**
 * graphql-ws on the gateway's /graphql URL. Subscriptions listen to the platform's event bus;
 * every event's selection (e.g. `record { createdBy { email } }`) is resolved through the
 * gateway's own query planning, as the subscriber, so permissions apply per event. Documents
 * meet the same limits as over HTTP (tokens, counts, depth, cost, introspection).
 */
export function attachSubscriptions(options: SubscriptionOptions) {
  const { bus, logger, metrics } = options;
  const wss = new WebSocketServer({ server: options.server, path: '/graphql' });
  const deps: SubscriptionDeps = {
    bus,
    metrics,
    runner: createGatewayRunner({
      apollo: options.apollo,
      schema: options.schema,
      membership: options.membership,
      metrics,
      share: options.shareResolutions,
      budget: options.budget,
    }),
    acquire: createWorkspaceLimits(options.maxPerWorkspace),
  };

  const subscribeField: GraphQLFieldResolver<
    unknown,
    ConnectionContext,
    Record<string, unknown>
  > = async (_root, args, context, info) => {
    if (!context.credentials) throw unauthenticated();
    const field = FIELDS[info.fieldName];
    if (!field) throw badUserInput(`Subscription ${info.fieldName} is not served by the gateway.`);
    const stream = await field(deps, {
      args,
      context,
      responseKey: String(info.path.key),
      selections: (info.fieldNodes[0]!.selectionSet?.selections ?? []).filter(
        (s): s is FieldNode => s.kind === Kind.FIELD,
      ),
      selectionSet: info.fieldNodes[0]!.selectionSet?.selections ?? [],
      fragments: Object.values(info.fragments).map(print).join('\n'),
    });
    metrics.subscriptions.inc();
    const end = stream.return!.bind(stream);
    stream.return = () => (metrics.subscriptions.dec(), end());
    context.registered();
    return stream;
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
      onSubscribe: (ctx, _id, payload) => {
        const count = (active.get(ctx) ?? 0) + 1;
        if (count > options.maxPerConnection)
          return [overLimit(`At most ${options.maxPerConnection} subscriptions per connection.`)];
        const { limits } = options;
        const schema = options.schema();
        const checked = limits.precheck(schema, payload.query);
        if (!checked.ok) return checked.errors;
        const { document } = checked;
        const invalid = limits.validate(schema, document);
        if (invalid.length) return invalid;
        const operation = getOperationAST(document, payload.operationName);
        if (operation?.operation !== 'subscription')
          return [validationFailed('Send subscriptions here; queries and mutations go over HTTP.')];
        const costly = limits.checkCost(schema, document, payload.operationName, payload.variables);
        if (costly) return [costly];
        active.set(ctx, count);
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
        };
      },
      onComplete: (ctx) => void active.set(ctx, Math.max(0, (active.get(ctx) ?? 1) - 1)),
      onClose: (ctx) => void active.delete(ctx),
      context: (ctx, id): ConnectionContext => ({
        requestId: ctx.extra.requestId ?? randomUUID(),
        credentials: ctx.extra.credentials ?? null,
        ip: ctx.extra.ip ?? null,
        log: logger.child({
          requestId: ctx.extra.requestId,
          userId: ctx.extra.credentials?.userId,
        }),
        registered: () => acknowledge(ctx.extra.socket, id),
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
