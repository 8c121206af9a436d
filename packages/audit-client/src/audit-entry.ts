import { z } from 'zod';

/** Where an action came in. */
export const AUDIT_PATHS = [
  'graphql',
  'rest-proxy',
  'mcp',
  'assistant',
  'workflow',
  'system',
] as const;
export type AuditPath = (typeof AUDIT_PATHS)[number];

export const AUDIT_OUTCOMES = ['ok', 'refused', 'failed'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

const id = z.string().min(1).max(200);

/**
 * What an action touched. Only ids, names and roles: never argument values, so secrets
 * (passwords, tokens, API keys) cannot reach the log.
 */
export const AuditTarget = z
  .object({
    workspaceId: id.optional(),
    baseId: id.optional(),
    tableId: id.optional(),
    recordIds: z.array(id).max(1000).optional(),
    fieldNames: z.array(z.string().max(300)).max(1000).optional(),
    /** The id the operation named (a connection, an API key, a member…). */
    id: id.optional(),
    /** The email an identity action was for (sign-in, invitation). */
    email: z.string().max(320).optional(),
    role: z.string().max(40).optional(),
    /** The REST method and path of a /v0 write (no query string). */
    method: z.string().max(10).optional(),
  })
  .strict();
export type AuditTarget = z.infer<typeof AuditTarget>;

/** One audit entry as emitters send it; `id` is its idempotency key. */
export const AuditEntryInput = z
  .object({
    id: z.uuid(),
    at: z.iso.datetime(),
    workspaceId: z.uuid().nullable(),
    actor: z.object({ userId: id.nullable(), apiKeyId: id.nullable() }).strict(),
    path: z.enum(AUDIT_PATHS),
    operation: z.string().min(1).max(120),
    outcome: z.enum(AUDIT_OUTCOMES),
    errorCode: z.string().max(60).nullable(),
    requestId: z.string().max(200).nullable(),
    ip: z.string().max(100).nullable(),
    userAgent: z.string().max(500).nullable(),
    target: AuditTarget,
  })
  .strict();
export type AuditEntryInput = z.infer<typeof AuditEntryInput>;

/** The route of the audit subgraph that takes entries (gateway-signed). */
export const AUDIT_INGEST_PATH = '/internal/audit-entries';
