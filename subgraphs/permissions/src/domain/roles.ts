import {
  accessAtLeast,
  ACCESS_ROLES,
  type AccessRole,
  type WorkspaceRole,
} from '@pyairtable/subgraph-kit';

export { ACCESS_ROLES, type AccessRole };

/** True when `role` is at least `minimum`. */
export const atLeast = accessAtLeast;

/** The lower of two roles. */
export const lowest = (a: AccessRole, b: AccessRole): AccessRole => (atLeast(b, a) ? a : b);

/** Workspace owners and admins manage a workspace's sharing; grants and rules never limit them. */
export const isManager = (role: WorkspaceRole | AccessRole) => role === 'OWNER' || role === 'ADMIN';

/** What each action needs at least. */
export const ACTION_ROLES = {
  READ: 'VIEWER',
  COMMENT: 'COMMENTER',
  WRITE: 'EDITOR',
  CHANGE_SCHEMA: 'ADMIN',
  MANAGE: 'ADMIN',
} as const satisfies Record<string, AccessRole>;

export type PermissionAction = keyof typeof ACTION_ROLES;
