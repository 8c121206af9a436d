import type { NotificationKind } from '../db.ts';

export interface Channels {
  inApp: boolean;
  email: boolean;
  digest: boolean;
}

export const KINDS: NotificationKind[] = [
  'MENTION',
  'ASSIGNMENT',
  'INVITATION',
  'SYNC_FAILED',
  'WEBHOOK_DISABLED',
  'BUDGET_WARNING',
  'BUDGET_EXCEEDED',
  'WORKFLOW_FAILED',
  'WORKFLOW_MESSAGE',
];

/**
 * Channels of a kind nobody changed. Invitations are already emailed (with their link) by
 * the workspaces subgraph; an 80 % budget warning is only worth the bell.
 */
export const DEFAULT_CHANNELS: Record<NotificationKind, Channels> = {
  MENTION: { inApp: true, email: true, digest: false },
  ASSIGNMENT: { inApp: true, email: true, digest: false },
  INVITATION: { inApp: true, email: false, digest: false },
  SYNC_FAILED: { inApp: true, email: true, digest: false },
  WEBHOOK_DISABLED: { inApp: true, email: true, digest: false },
  BUDGET_WARNING: { inApp: true, email: false, digest: false },
  BUDGET_EXCEEDED: { inApp: true, email: true, digest: false },
  WORKFLOW_FAILED: { inApp: true, email: true, digest: false },
  WORKFLOW_MESSAGE: { inApp: true, email: true, digest: false },
};
