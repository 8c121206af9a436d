import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';

/** The Next.js project folder (apps/admin-portal). */
export const PORTAL_DIR = path.resolve(import.meta.dirname, '..');

const require = createRequire(import.meta.url);
const STAMP = '.next/pyairtable-build.json';
const LOCK = '.next-build.lock';
// What a production build is made of; anything else (tests, server/) does not change it.
const INPUTS = ['src', 'public', 'next.config.ts', 'package.json', 'tsconfig.json'];

function listFiles(dir: string, from: string): string[] {
  const full = path.join(dir, from);
  if (!fs.existsSync(full)) return [];
  if (fs.statSync(full).isFile()) return [from];
  return fs
    .readdirSync(full)
    .sort()
    .flatMap((name) => listFiles(dir, path.join(from, name)));
}

/** A fingerprint of the build's inputs and the Next.js version that builds them. */
export function sourceHash(dir = PORTAL_DIR): string {
  const hash = createHash('sha256');
  hash.update(`next@${(require('next/package.json') as { version: string }).version}\n`);
  for (const file of INPUTS.flatMap((input) => listFiles(dir, input))) {
    hash.update(`${file}\n`);
    hash.update(fs.readFileSync(path.join(dir, file)));
  }
  return hash.digest('hex');
}

/** True when `.next` holds a production build of exactly the current sources. */
export function isBuildCurrent(dir = PORTAL_DIR): boolean {
  try {
    const stamp = JSON.parse(fs.readFileSync(path.join(dir, STAMP), 'utf8')) as { hash?: string };
    return stamp.hash === sourceHash(dir) && fs.existsSync(path.join(dir, '.next/BUILD_ID'));
  } catch {
    return false;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Holds a lock folder so two processes never build into the same `.next` at once. */
async function withBuildLock<T>(dir: string, run: () => Promise<T>): Promise<T> {
  const lock = path.join(dir, LOCK);
  for (;;) {
    try {
      fs.mkdirSync(lock);
      fs.writeFileSync(path.join(lock, 'pid'), String(process.pid));
      break;
    } catch {
      const owner = Number(fs.readFileSync(path.join(lock, 'pid'), 'utf8').trim() || 0);
      if (owner && !isAlive(owner)) fs.rmSync(lock, { recursive: true, force: true });
      // Another process is building: wait for it, then use its result.
      else await delay(500);
    }
  }
  try {
    return await run();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * Runs `next build` unless `.next` is already current (another process may have just built
 * it), then stamps the build with the sources' fingerprint. Lines of output go to `onLine`.
 */
export async function buildPortal(
  onLine: (line: string) => void = () => undefined,
  dir = PORTAL_DIR,
): Promise<{ built: boolean }> {
  return withBuildLock(dir, async () => {
    if (isBuildCurrent(dir)) return { built: false };
    const hash = sourceHash(dir);
    const next = require.resolve('next/dist/bin/next');
    const child = spawn(process.execPath, [next, 'build'], {
      cwd: dir,
      // The build inherits this process's environment, as `next build` in a shell would.
      env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let tail = '';
    const collect = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      tail = (tail + text).slice(-4000);
      for (const line of text.split('\n')) if (line.trim()) onLine(line.trimEnd());
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const code = await new Promise<number | null>((resolve, reject) => {
      child.once('error', reject);
      child.once('exit', resolve);
    });
    if (code !== 0) throw new Error(`next build failed (exit ${code}):\n${tail}`);
    fs.writeFileSync(
      path.join(dir, STAMP),
      JSON.stringify({ hash, builtAt: new Date().toISOString() }),
    );
    return { built: true };
  });
}
