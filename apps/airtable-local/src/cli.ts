// npm run seed -w @pyairtable/airtable-local -- [--large N] [--name "Base name"]
// Loads the demo CRM (default) or a generated large base into DATABASE_URL, with progress.
import { parseArgs } from 'node:util';
import { applyMigrations } from '@pyairtable/db';
import { loadAirtableLocalConfig } from './config.ts';
import { createStore } from './store.ts';
import { demoCrmBase } from './seed/demo-crm.ts';
import { largeBase } from './seed/large-base.ts';
import { DEMO_TOKEN, MIGRATIONS_DIR, seedAirtableLocal } from './seed/seed-airtable-local.ts';

const { values } = parseArgs({
  options: { large: { type: 'string' }, name: { type: 'string' }, token: { type: 'string' } },
});
const config = loadAirtableLocalConfig();
await applyMigrations(config.DATABASE_URL, MIGRATIONS_DIR);
const store = createStore(config.DATABASE_URL);
const records = values.large ? Number(values.large) : 0;
const base = records
  ? () => ({ ...largeBase({ records }), ...(values.name ? { name: values.name } : {}) })
  : () => demoCrmBase({ today: `${new Date().toISOString().slice(0, 7)}-01` });
const started = performance.now();
let last = 0;
const result = await seedAirtableLocal(store, {
  token: values.token ?? DEMO_TOKEN,
  base,
  baseName: values.name ?? (records ? 'Large Base' : 'Demo CRM'),
  onProgress: (done, total) => {
    if (done === total || performance.now() - last > 500) {
      last = performance.now();
      process.stdout.write(`  ${done.toLocaleString()} / ${total.toLocaleString()} records\n`);
    }
  },
});
process.stdout.write(
  `${result.created ? 'Loaded' : 'Already loaded:'} base ${result.baseId} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
);
await store.close();
