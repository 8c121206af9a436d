import type { ApolloServer } from '@apollo/server';
import {
  errorFromResponse,
  forbidden,
  type MembershipClient,
  type WorkspaceRole,
} from '@pyairtable/subgraph-kit';
import type { FieldNode, GraphQLSchema } from 'graphql';
import type { GatewayContext } from '../create-gateway.ts';
import type { Metrics } from '../metrics.ts';
import { createRequestBudget, withBudget, type BudgetSettings } from '../request-budget.ts';
import { createViewerIndependence } from './viewer-independent.ts';

type Data = Record<string, unknown>;

/** The subscriber an operation runs for; each run gets its own budget. */
export type SubscriberContext = Omit<GatewayContext, 'budget' | 'forSubscription'>;

/** A subscriber's standing in the workspace its subscription belongs to. */
export interface Access {
  workspaceId: string;
  role: WorkspaceRole;
  /**
   * The subscriber's access to the base beyond their role (grants, hidden fields, row rules):
   * only subscribers with the same fingerprint share a resolution.
   */
  fingerprint?: string;
}

// A shared result is kept this long after its event, for subscribers whose turn comes later.
const SHARED_FOR_MS = 10_000;
// A person's subscribe-time check is reused this long (a reconnecting dashboard resubscribes
// everything at once); each event is checked again anyway.
const CHECK_REUSED_FOR_MS = 5_000;

/**
 * Runs operations through the gateway's own query planning, as a subscriber, each within a
 * request budget. With sharing, subscribers of one workspace with the same role get one
 * resolution per event of a selection whose every field is viewer-independent: permissions
 * are per workspace role, so their answers are the same. Other selections (`createdBy {
 * workspaces }`) are resolved per person.
 */
export function createGatewayRunner(options: {
  apollo: ApolloServer<GatewayContext>;
  schema: () => GraphQLSchema;
  membership: MembershipClient;
  metrics: Metrics;
  share: boolean;
  budget: BudgetSettings;
}) {
  const { apollo, membership, metrics } = options;
  const shared = new Map<string, Promise<Data>>();
  const checks = new Map<string, Promise<Data>>();
  const isViewerIndependent = createViewerIndependence(options.schema);

  /** Runs an operation; returns its data or throws its first error, with its code. */
  async function run(context: SubscriberContext, query: string, variables: Data): Promise<Data> {
    const budget = createRequestBudget(options.budget);
    const response = await withBudget(budget, () =>
      apollo.executeOperation(
        { query, variables },
        { contextValue: { ...context, budget, forSubscription: true } },
      ),
    );
    if (response.body.kind !== 'single') throw new Error('Unexpected incremental response');
    const { data, errors } = response.body.singleResult;
    if (errors?.length) throw errorFromResponse(errors[0]!);
    return data as Data;
  }

  return {
    run,

    /** Runs a subscribe-time check, reusing the same person's identical check briefly. */
    check(context: SubscriberContext, query: string, variables: Data): Promise<Data> {
      const { userId, apiKeyId } = context.credentials!;
      const key = [userId, apiKeyId ?? '', query, JSON.stringify(variables)].join('\u0000');
      let pending = checks.get(key);
      if (!pending) {
        pending = run(context, query, variables);
        checks.set(key, pending);
        const forget = () => checks.get(key) === pending && checks.delete(key);
        pending.then(() => setTimeout(forget, CHECK_REUSED_FOR_MS).unref(), forget);
      }
      return pending;
    },

    /** The subscriber's role in the workspace now; FORBIDDEN once they are no longer a member. */
    async access(
      context: SubscriberContext,
      workspaceId: string,
      fingerprint?: string,
    ): Promise<Access> {
      const role = await membership.roleOf(context.credentials!.userId, workspaceId);
      if (!role) throw forbidden('You are no longer a member of this workspace.');
      return { workspaceId, role, fingerprint };
    },

    /** Resolves `query` for one event, shared with subscribers who get the same answer. */
    forEvent(
      eventId: string,
      access: Access,
      context: SubscriberContext,
      query: string,
      variables: Data,
    ): Promise<Data> {
      const resolve = () => {
        metrics.resolutions.inc();
        return run(context, query, variables);
      };
      if (!options.share) return resolve();
      const viewer = isViewerIndependent(query) ? '' : context.credentials!.userId;
      const key = [
        eventId,
        access.workspaceId,
        access.fingerprint ?? access.role,
        viewer,
        query,
        JSON.stringify(variables),
      ].join('\u0000');
      let pending = shared.get(key);
      if (!pending) {
        pending = resolve();
        shared.set(key, pending);
        setTimeout(() => shared.delete(key), SHARED_FOR_MS).unref();
      }
      return pending;
    },
  };
}

export type GatewayRunner = ReturnType<typeof createGatewayRunner>;

/**
 * A subscription field's result keyed by the client's response keys (the gateway's schema
 * resolves every field by its alias): leaves come from `values`, objects from `nested`.
 */
export async function shapeSelection(
  selections: readonly FieldNode[],
  values: Data,
  nested: (field: FieldNode, value: unknown) => Promise<unknown>,
): Promise<Data> {
  const out: Data = {};
  for (const field of selections) {
    const key = field.alias?.value ?? field.name.value;
    const value = values[field.name.value];
    out[key] = field.selectionSet ? await nested(field, value) : value;
  }
  return out;
}
