import { fork } from 'node:child_process';
import path from 'node:path';
import { ROOT } from '@pyairtable/data';

const DASHBOARD_DIR = path.join(ROOT, 'apps/tenant-dashboard');
const ADMIN_PORTAL_DIR = path.join(ROOT, 'apps/admin-portal');
const STOP_GRACE_MS = 5_000;

export type DashboardMode = 'auto' | 'production' | 'development';

export interface DashboardOptions {
  gatewayUrl: string;
  port: number;
  mode: DashboardMode;
  /** Settings the dashboard process starts from (NODE_ENV, LOG_LEVEL, PATH…). */
  env: NodeJS.ProcessEnv;
  /** Offered on the sign-in page. */
  demoAccount?: { email: string; password: string };
  onProgress?: (detail: string) => void;
}

export interface RunningDashboard {
  url: string;
  mode: 'production' | 'development';
  close(): Promise<void>;
}

type Message =
  | { event: 'building' }
  | { event: 'ready'; url: string; mode: 'production' | 'development' }
  | { event: 'failed'; message: string };

/**
 * Runs the tenant dashboard (Next.js) in its own process, so its bundler and React never share
 * this one, and waits until it serves. A production build is made first when the dashboard's
 * sources changed since the last one (about a minute on two cores), and reused otherwise.
 */
export function startDashboard(options: DashboardOptions): Promise<RunningDashboard> {
  return startNextApp(DASHBOARD_DIR, 'dashboard', options, {
    DASHBOARD_MODE: options.mode,
    ...(options.demoAccount
      ? {
          DASHBOARD_DEMO_EMAIL: options.demoAccount.email,
          DASHBOARD_DEMO_PASSWORD: options.demoAccount.password,
        }
      : {}),
  });
}

/** Runs the admin portal (Next.js) in its own process, as the dashboard runs. */
export function startAdminPortal(options: DashboardOptions): Promise<RunningDashboard> {
  return startNextApp(ADMIN_PORTAL_DIR, 'admin portal', options, {
    PORTAL_MODE: options.mode,
    ...(options.demoAccount
      ? {
          PORTAL_DEMO_EMAIL: options.demoAccount.email,
          PORTAL_DEMO_PASSWORD: options.demoAccount.password,
        }
      : {}),
  });
}

async function startNextApp(
  dir: string,
  label: string,
  options: DashboardOptions,
  appEnv: NodeJS.ProcessEnv,
): Promise<RunningDashboard> {
  const child = fork(path.join(dir, 'server/main.ts'), [], {
    cwd: dir,
    execArgv: ['--import', 'tsx'],
    env: {
      ...options.env,
      GATEWAY_URL: options.gatewayUrl,
      HOST: '127.0.0.1',
      PORT: String(options.port),
      ...appEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  // Next.js writes its own progress to stdout; keep the end of it for error messages.
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-3000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);

  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const close = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
    await exited;
    clearTimeout(timer);
  };

  try {
    const ready = await new Promise<Extract<Message, { event: 'ready' }>>((resolve, reject) => {
      child.on('message', (message: Message) => {
        if (message.event === 'building')
          options.onProgress?.(
            'building the production bundle (first start after a change, about a minute)',
          );
        else if (message.event === 'ready') resolve(message);
        else reject(new Error(message.message));
      });
      child.once('exit', (code) =>
        reject(new Error(`the ${label} process ended (exit ${code}):\n${output.trim()}`)),
      );
      child.once('error', reject);
    });
    return { url: ready.url, mode: ready.mode, close };
  } catch (error) {
    await close();
    throw error;
  }
}
