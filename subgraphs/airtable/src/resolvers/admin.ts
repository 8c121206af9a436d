import { requirePlatformAdmin } from '@pyairtable/subgraph-kit';
import type { AirtableContext } from '../deps.ts';
import { Base } from './entities.ts';

type Id = { id: string };

export const AdminWorkspace = {
  __resolveReference: (ref: Id, ctx: AirtableContext) => {
    requirePlatformAdmin(ctx.actor.caller);
    return ref;
  },
  bases: (workspace: Id, _: unknown, ctx: AirtableContext) => {
    requirePlatformAdmin(ctx.actor.caller);
    return ctx.deps.db.listBases({ workspaceId: workspace.id });
  },
};

export const AdminBase = { sync: Base.sync };

export const AdminOverview = {
  __resolveReference: (ref: Id, ctx: AirtableContext) => {
    requirePlatformAdmin(ctx.actor.caller);
    return ref;
  },
  bases: async (_: Id, __: unknown, ctx: AirtableContext) => {
    requirePlatformAdmin(ctx.actor.caller);
    return (await ctx.deps.db.countBases()).bases;
  },
  basesSynced: async (_: Id, __: unknown, ctx: AirtableContext) => {
    requirePlatformAdmin(ctx.actor.caller);
    return (await ctx.deps.db.countBases()).basesSynced;
  },
};
