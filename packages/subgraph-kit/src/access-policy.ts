/**
 * The access a caller has to a base through one workspace, as the permissions subgraph
 * decides it and the airtable subgraph enforces it (the contract between the two).
 */

/** Roles on a base or table: the workspace roles plus NONE (no access) and COMMENTER. */
export type AccessRole = 'NONE' | 'VIEWER' | 'COMMENTER' | 'EDITOR' | 'ADMIN' | 'OWNER';

export const ACCESS_ROLES: readonly AccessRole[] = [
  'NONE',
  'VIEWER',
  'COMMENTER',
  'EDITOR',
  'ADMIN',
  'OWNER',
];

const RANK = Object.fromEntries(ACCESS_ROLES.map((role, i) => [role, i])) as Record<
  AccessRole,
  number
>;

/** True when `role` is at least `minimum`. */
export const accessAtLeast = (role: AccessRole, minimum: AccessRole) => RANK[role] >= RANK[minimum];

export type DecidedBy = 'WORKSPACE_ROLE' | 'BASE_GRANT' | 'TABLE_GRANT' | 'DENY' | 'API_KEY_GRANT';

/** How one table looks to a caller. */
export interface TablePolicy {
  role: AccessRole;
  decidedBy: DecidedBy;
  grantId: string | null;
  hiddenFieldIds: string[];
  readOnlyFieldIds: string[];
  /** Only records where this formula is truthy exist for the caller (CURRENT_USER_* allowed). */
  rowRule: string | null;
}

/** How a base looks to a caller through one workspace; its tables listed where they differ. */
export interface BasePolicy {
  role: AccessRole;
  decidedBy: DecidedBy;
  grantId: string | null;
  /** Tables with a grant or a rule; any other table is `defaultTable`. */
  tables: Record<string, TablePolicy>;
  defaultTable: TablePolicy;
  /** Equal for two callers whose access is the same in every way (caches, shared resolutions). */
  fingerprint: string;
}

/** The policy of one table of a base. */
export const tablePolicyOf = (policy: BasePolicy, tableId: string): TablePolicy =>
  policy.tables[tableId] ?? policy.defaultTable;
