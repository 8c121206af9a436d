import pg from 'pg';
import { databaseUrl } from './connection-url.ts';

const SAFE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

function assertSafeName(name: string): void {
  if (!SAFE_NAME.test(name)) throw new Error(`Unsafe database name: ${name}`);
}

/** Runs one statement on the server's maintenance database. */
async function onServer<T>(serverUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl(serverUrl, 'postgres') });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Creates a database unless it exists (optionally from a template); returns its URL. */
export async function ensureDatabase(
  serverUrl: string,
  name: string,
  options: { template?: string } = {},
): Promise<string> {
  assertSafeName(name);
  if (options.template) assertSafeName(options.template);
  await onServer(serverUrl, async (client) => {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount) return;
    const template = options.template ? ` TEMPLATE "${options.template}"` : '';
    try {
      await client.query(`CREATE DATABASE "${name}"${template}`);
    } catch (error) {
      // Another process created it between our check and our CREATE.
      if ((error as { code?: string }).code !== '42P04') throw error;
    }
  });
  return databaseUrl(serverUrl, name);
}

/** Drops a database, disconnecting its sessions first. */
export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  assertSafeName(name);
  await onServer(serverUrl, (client) =>
    client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  );
}

/** True when a PostgreSQL server answers at the URL. */
export async function isServerReachable(serverUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}
