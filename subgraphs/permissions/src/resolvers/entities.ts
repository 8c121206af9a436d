import type { FieldRule, Grant } from '../db.ts';

const user = (id: string | null) => (id ? { __typename: 'User', id } : null);

export const AccessGrant = {
  tableId: (g: Grant) => g.tableId || null,
  user: (g: Grant) => user(g.userId),
};

export const FieldAccessRule = {
  role: (r: FieldRule) => (r.subject.startsWith('role:') ? r.subject.slice(5) : null),
  user: (r: FieldRule) => user(r.subject.startsWith('user:') ? r.subject.slice(5) : null),
};
