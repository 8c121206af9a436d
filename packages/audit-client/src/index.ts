export {
  AUDIT_INGEST_PATH,
  AUDIT_OUTCOMES,
  AUDIT_PATHS,
  AuditEntryInput,
  AuditTarget,
  type AuditOutcome,
  type AuditPath,
} from './audit-entry.ts';
export { createAuditOutbox, type AuditOutbox, type NewAuditEntry } from './audit-outbox.ts';
export { deterministicId } from './deterministic-id.ts';
