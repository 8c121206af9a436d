import type { PermissionsContext } from '../deps.ts';
import { grantBaseAccess } from '../domain/grant-base-access.ts';
import { revokeBaseAccess } from '../domain/revoke-base-access.ts';
import { setFieldAccess } from '../domain/set-field-access.ts';
import { setRowRule } from '../domain/set-row-rule.ts';

type Input<F extends (...args: never[]) => unknown> = { input: Parameters<F>[2] };

export const Mutation = {
  grantBaseAccess: (
    _: unknown,
    { input }: Input<typeof grantBaseAccess>,
    ctx: PermissionsContext,
  ) => grantBaseAccess(ctx.deps, ctx.actor, input),
  revokeBaseAccess: (_: unknown, args: { id: string }, ctx: PermissionsContext) =>
    revokeBaseAccess(ctx.deps, ctx.actor, args.id),
  setFieldAccess: (_: unknown, { input }: Input<typeof setFieldAccess>, ctx: PermissionsContext) =>
    setFieldAccess(ctx.deps, ctx.actor, input),
  setRowRule: (_: unknown, { input }: Input<typeof setRowRule>, ctx: PermissionsContext) =>
    setRowRule(ctx.deps, ctx.actor, input),
};
