import type { FilesDeps } from '../deps.ts';
import { runImport, sleep } from './run-import.ts';

/**
 * Runs queued imports one at a time, and takes over those of a process that died (their
 * lease ran out). `kick` wakes it at once; `stop` lets the current chunk end.
 */
export function createImportWorker(deps: Omit<FilesDeps, 'kickImports'>) {
  let running: Promise<void> | null = null;
  let stopping: AbortController | null = null;
  let wake: (() => void) | null = null;

  async function loop(signal: AbortSignal) {
    while (!signal.aborted) {
      const now = deps.clock();
      const job = await deps.db
        .claimImport(now, new Date(now.getTime() + deps.config.FILES_IMPORT_LEASE_MS))
        .catch((err: unknown) => (deps.logger.warn({ err }, 'import claim failed'), null));
      if (job) {
        await runImport({ ...deps, kickImports: kick }, job, signal);
        continue;
      }
      const idle = new AbortController();
      wake = () => idle.abort();
      signal.addEventListener('abort', wake, { once: true });
      await sleep(deps.config.FILES_IMPORT_POLL_MS, idle.signal);
      signal.removeEventListener('abort', wake);
      wake = null;
    }
  }

  function kick() {
    wake?.();
  }

  return {
    kick,
    start() {
      if (running) return;
      stopping = new AbortController();
      running = loop(stopping.signal);
    },
    async stop() {
      stopping?.abort();
      await running;
      running = null;
    },
  };
}

export type ImportWorker = ReturnType<typeof createImportWorker>;
