import { DateTime, JSONScalar } from '@pyairtable/subgraph-kit';
import type { AuditEntry } from '../db.ts';
import type { AuditContext } from '../deps.ts';
import { setAuditRetention } from '../domain/set-audit-retention.ts';
import { listAuditLog, type AuditLogFilter } from '../domain/list-audit-log.ts';
import { recordHistory } from '../domain/record-history.ts';
import { requireWorkspaceRole } from '../domain/access.ts';
import { publicKeyPem } from '../domain/checkpoint-signature.ts';
import { verifyAuditLog } from '../domain/verify-audit-log.ts';

const ENUM_PATH: Record<string, string> = {
  graphql: 'GRAPHQL',
  'rest-proxy': 'REST_PROXY',
  mcp: 'MCP',
  assistant: 'ASSISTANT',
  workflow: 'WORKFLOW',
  system: 'SYSTEM',
};

type Page = { first?: number | null; after?: string | null };

export const resolvers = {
  DateTime,
  JSON: JSONScalar,
  Query: {
    auditLog: (
      _: unknown,
      args: { workspaceId: string; filter?: AuditLogFilter | null } & Page,
      ctx: AuditContext,
    ) => listAuditLog(ctx.deps, ctx.actor, args),
    verifyAuditLog: (_: unknown, args: { workspaceId: string }, ctx: AuditContext) =>
      verifyAuditLog(ctx.deps, ctx.actor, args.workspaceId),
    auditPublicKey: (_: unknown, __: unknown, ctx: AuditContext) =>
      publicKeyPem(ctx.deps.signingKey),
    auditRetention: async (_: unknown, args: { workspaceId: string }, ctx: AuditContext) => {
      const workspaceId = await requireWorkspaceRole(ctx.deps, ctx.actor, args.workspaceId);
      const set = await ctx.deps.db.findRetention(workspaceId);
      return { workspaceId, days: set?.days ?? ctx.deps.config.AUDIT_RETENTION_DAYS };
    },
  },
  Mutation: {
    setAuditRetention: (
      _: unknown,
      { input }: { input: { workspaceId: string; days: number } },
      ctx: AuditContext,
    ) => setAuditRetention(ctx.deps, ctx.actor, input),
  },
  AuditEntry: {
    path: (e: AuditEntry) => ENUM_PATH[e.path] ?? 'SYSTEM',
    outcome: (e: AuditEntry) => e.outcome.toUpperCase(),
    actor: (e: AuditEntry) => ({
      id: e.apiKeyId ?? e.userId,
      kind: e.apiKeyId ? 'API_KEY' : e.userId ? 'USER' : 'ANONYMOUS',
      userId: e.userId,
      apiKeyId: e.apiKeyId,
    }),
  },
  Record: {
    history: (ref: { id: string }, args: Page, ctx: AuditContext) =>
      recordHistory(ctx.deps, ctx.actor, ref.id, args),
  },
};
