// Puts a large base into airtable-local and straight into the mirror (a sync of 100k records
// at Airtable's 5 requests/s would take minutes), linked to the demo workspace.
import { createStore, seedAirtableLocal } from '@pyairtable/airtable-local';
import { largeBase } from '@pyairtable/airtable-local/large-base';
import { createAirtableDb } from '@pyairtable/airtable';
import { databaseUrl } from '@pyairtable/db';
import type { Platform } from '../src/start-platform.ts';

/** Loads "Large Base" with `records` items; returns its base id and its one table's schema. */
export async function loadLargeMirror(
  platform: Platform,
  serverUrl: string,
  demoBaseId: string,
  records: number,
) {
  const localStore = createStore(databaseUrl(serverUrl, 'pyairtable_airtable_local'));
  const large = await seedAirtableLocal(localStore, {
    token: platform.airtableLocal.token,
    base: () => largeBase({ records }),
    baseName: 'Large Base',
  });
  const schema = (await (
    await fetch(`${platform.airtableLocal.url}/v0/meta/bases/${large.baseId}/tables`, {
      headers: { authorization: `Bearer ${platform.airtableLocal.token}` },
    })
  ).json()) as { tables: any[] };
  const table = schema.tables[0];
  const mirror = createAirtableDb(databaseUrl(serverUrl, 'pyairtable_airtable'));
  const demoBase = (await mirror.findBase(demoBaseId))!;
  await mirror.insertBase({
    baseId: large.baseId,
    workspaceId: demoBase.workspaceId,
    connectionId: demoBase.connectionId,
    name: 'Large Base',
  });
  await mirror.updateSync(large.baseId, {
    syncState: 'READY',
    recordsDone: records,
    recordsTotal: records,
  });
  await mirror.saveSchema(large.baseId, schema.tables);
  const rows = await localStore.listRecords(table.id);
  for (let i = 0; i < rows.length; i += 5000) {
    await mirror.upsertRecords(
      table.id,
      rows
        .slice(i, i + 5000)
        .map((r) => ({ id: r.id, cells: r.cells, createdTime: r.createdTime })),
    );
  }
  await mirror.close();
  await localStore.close();
  return { baseId: large.baseId, table };
}
