import type { AirtableDeps } from '../deps.ts';

/** A view's record order is fetched from Airtable the first time the view is queried. */
export async function ensureViewOrder(
  deps: AirtableDeps,
  baseId: string,
  table: { id: string; views: { id: string; name: string; recordIds: unknown }[] },
  view?: string | null,
): Promise<void> {
  const found = view ? table.views.find((v) => v.id === view || v.name === view) : undefined;
  if (found && found.recordIds === null) await deps.sync.loadView(baseId, table.id, found.id);
}
