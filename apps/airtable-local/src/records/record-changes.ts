import { isDeepStrictEqual } from 'node:util';

/**
 * Field ids whose cells differ, compared by value: an attachment or collaborator whose keys
 * come back in another order is the same cell (JSON text would call it changed).
 */
export function changedFieldIds(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (key) => !isDeepStrictEqual(before[key] ?? null, after[key] ?? null),
  );
}

/** What one write did to one table's records: the raw material of webhook payloads. */
export interface TableChanges {
  created: { id: string; createdTime: Date; cells: Record<string, unknown> }[];
  changed: { id: string; current: Record<string, unknown>; previous: Record<string, unknown> }[];
  destroyed: string[];
}

/** Collects changes per table during one write transaction. */
export class ChangeSet {
  readonly tables = new Map<string, TableChanges>();

  private for(tableId: string): TableChanges {
    let changes = this.tables.get(tableId);
    if (!changes) {
      changes = { created: [], changed: [], destroyed: [] };
      this.tables.set(tableId, changes);
    }
    return changes;
  }

  created(tableId: string, id: string, createdTime: Date, cells: Record<string, unknown>): void {
    this.for(tableId).created.push({ id, createdTime, cells });
  }

  changed(
    tableId: string,
    id: string,
    before: Record<string, unknown>,
    after: Record<string, unknown>,
  ): void {
    const current: Record<string, unknown> = {};
    const previous: Record<string, unknown> = {};
    for (const key of changedFieldIds(before, after)) {
      current[key] = after[key] ?? null;
      previous[key] = before[key] ?? null;
    }
    if (Object.keys(current).length === 0) return;
    const changes = this.for(tableId);
    const existing = changes.changed.find((c) => c.id === id);
    if (existing) {
      Object.assign(existing.current, current);
      for (const key of Object.keys(previous))
        if (!(key in existing.previous)) existing.previous[key] = previous[key];
    } else {
      changes.changed.push({ id, current, previous });
    }
  }

  destroyed(tableId: string, id: string): void {
    this.for(tableId).destroyed.push(id);
  }

  get isEmpty(): boolean {
    return this.tables.size === 0;
  }
}
