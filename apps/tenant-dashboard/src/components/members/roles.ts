import type { Role } from '../../lib/graphql/workspaces.ts';

/** The roles an admin can give (the owner is the workspace's creator). */
export const ASSIGNABLE: Role[] = ['ADMIN', 'EDITOR', 'VIEWER'];

export const ROLE_HELP: Record<Role, string> = {
  OWNER: 'Manages the workspace',
  ADMIN: 'Manages members and Airtable connections',
  EDITOR: 'Changes records',
  VIEWER: 'Reads records',
};
