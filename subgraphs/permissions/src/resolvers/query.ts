import { createGatewayExecutor } from '@pyairtable/subgraph-kit';
import type { PermissionsContext } from '../deps.ts';
import { checkPermissions, type PermissionCheck } from '../domain/check-permissions.ts';
import { explainAccess } from '../domain/explain-access.ts';
import { readSharing } from '../domain/read-sharing.ts';

const RECORD = `query ($b: ID!, $t: ID!, $id: ID!) { record(baseId: $b, tableId: $t, id: $id) { id } }`;

export const Query = {
  can: (_: unknown, args: { checks: PermissionCheck[] }, ctx: PermissionsContext) => {
    const execute = createGatewayExecutor({
      gatewayUrl: ctx.deps.gatewayUrl,
      signingSecret: ctx.deps.config.GATEWAY_SIGNING_SECRET,
      caller: ctx.actor.caller,
      timeoutMs: 10_000,
    });
    // A record is inside the caller's row rule when the airtable subgraph shows it to them.
    const recordVisible = async (baseId: string, tableId: string, id: string) =>
      Boolean((await execute(RECORD, { b: baseId, t: tableId, id })).data?.record);
    return checkPermissions(ctx.deps, ctx.actor, args.checks, recordVisible);
  },
  effectiveAccess: async (
    _: unknown,
    args: { baseId: string; userId: string },
    ctx: PermissionsContext,
  ) => {
    const explained = await explainAccess(ctx.deps, ctx.actor, args);
    return { ...explained, user: { __typename: 'User', id: explained.userId } };
  },
  baseSharing: (_: unknown, args: { baseId: string }, ctx: PermissionsContext) =>
    readSharing(ctx.deps, ctx.actor, args.baseId),
};
