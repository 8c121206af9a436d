import { fileURLToPath } from 'node:url';
import { ALL_SCOPES, hashToken } from '../http/authenticate.ts';
import type { Store } from '../store.ts';
import type { BaseSeed } from './base-seed.ts';
import { loadSeed } from './load-seed.ts';

/** The personal access token of the embedded demo (never used in production settings). */
export const DEMO_TOKEN = 'patLocalDemoToken';

/** airtable-local's migrations, applied with @pyairtable/db's runner. */
export const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations', import.meta.url));

/**
 * Makes sure a token exists and the base is loaded (by name; loaded once). Returns the base
 * id and whether it was created now.
 */
export async function seedAirtableLocal(
  store: Store,
  options: {
    token: string;
    base: () => BaseSeed;
    baseName: string;
    onProgress?: (done: number, total: number) => void;
  },
): Promise<{ baseId: string; created: boolean }> {
  await store.insertToken(hashToken(options.token), 'demo', ALL_SCOPES, null);
  const existing = await store.findBaseByName(options.baseName);
  if (existing) return { baseId: existing.id, created: false };
  return { baseId: await loadSeed(store, options.base(), options.onProgress), created: true };
}
