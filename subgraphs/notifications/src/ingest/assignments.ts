import type { NotificationsDeps } from '../deps.ts';
import { notify } from '../domain/notify.ts';

/** One entry of the airtable record change log (see /internal/record-changes). */
export interface RecordChangeItem {
  sequence: string;
  baseId: string;
  tableId: string;
  recordId: string;
  kind: 'CREATED' | 'UPDATED' | 'DELETED';
  changedFields: string[];
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  workspaceIds: string[];
  actorId: string | null;
}

export interface FeedTable {
  id: string;
  name: string;
  primaryFieldId: string;
  fields: { id: string; name: string; type: string }[];
}

const COLLABORATOR_TYPES = new Set(['singleCollaborator', 'multipleCollaborators']);

/** The email addresses of a collaborator cell (one collaborator or a list). */
function emailsOf(value: unknown): string[] {
  const list = Array.isArray(value) ? value : value ? [value] : [];
  return list.flatMap((c) =>
    c && typeof c === 'object' && typeof (c as { email?: unknown }).email === 'string'
      ? [(c as { email: string }).email.toLowerCase()]
      : [],
  );
}

/**
 * Notifies the members a change put into a collaborator field (assigned the record): each
 * address that is in the cell now and was not before, when it belongs to a member of a
 * workspace linked to the base, who is not the one who made the change.
 */
export async function notifyAssignments(
  deps: NotificationsDeps,
  changes: readonly RecordChangeItem[],
  tables: Record<string, FeedTable>,
): Promise<void> {
  for (const change of changes) {
    if (change.kind === 'DELETED') continue;
    const table = tables[change.tableId];
    if (!table) continue;
    const assigned = new Set<string>();
    for (const field of table.fields) {
      if (!COLLABORATOR_TYPES.has(field.type) || !change.changedFields.includes(field.id)) continue;
      const before = new Set(emailsOf(change.before?.[field.id]));
      for (const email of emailsOf(change.after?.[field.id]))
        if (!before.has(email)) assigned.add(email);
    }
    if (assigned.size === 0) continue;
    const primary = change.after?.[table.primaryFieldId];
    const name = typeof primary === 'string' && primary ? primary : change.recordId;
    for (const workspaceId of change.workspaceIds) {
      const members = await deps.directory.membersOf(workspaceId);
      const people = await deps.directory.people(members.map((m) => m.userId));
      const recipients = people
        .filter((p) => assigned.has(p.email.toLowerCase()) && p.id !== change.actorId)
        .map((p) => ({ userId: p.id, email: p.email }));
      await notify(deps, recipients, {
        workspaceId,
        kind: 'ASSIGNMENT',
        title: `You were assigned “${name}” in ${table.name}`,
        body: `A collaborator field of the record now names you.`,
        url: `/w/${workspaceId}/b/${change.baseId}/t/${change.tableId}?record=${change.recordId}`,
        data: { baseId: change.baseId, tableId: change.tableId, recordId: change.recordId },
        sourceKey: `airtable:${change.sequence}`,
      });
    }
  }
}
