import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { expect, onTestFinished } from 'vitest';

/** A port free on 127.0.0.1 right now (for a process the test starts and restarts on it). */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * A service as its own process, `node --import tsx <server>`, with only `env` (and PATH, HOME)
 * in its environment; killed with SIGKILL when the test finishes.
 */
export function startServiceProcess(server: string, env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', server], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  onTestFinished(() => void child.kill('SIGKILL'));
  return child;
}

/** Waits until a service at `url` answers /readyz with 200. */
export async function waitUntilReady(url: string) {
  await expect
    .poll(async () => (await fetch(new URL('/readyz', url)).catch(() => null))?.status, {
      timeout: 30_000,
      interval: 100,
    })
    .toBe(200);
}
