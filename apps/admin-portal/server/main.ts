// The admin portal's process: builds when needed, serves, reports its URL, stops on a signal.
// Started by the platform launcher (npm start) with an IPC channel, or alone (npm start -w).
import { pino } from 'pino';
import { buildPortal, isBuildCurrent } from './build.ts';
import { loadPortalConfig } from './config.ts';
import { startPortalServer } from './portal-server.ts';

/** Messages to the launcher over the IPC channel. */
export type PortalMessage =
  | { event: 'building' }
  | { event: 'ready'; url: string; mode: 'production' | 'development' }
  | { event: 'failed'; message: string };

const report = (message: PortalMessage) => {
  if (process.send) process.send(message);
  else if (message.event === 'building') process.stdout.write('Building the admin portal…\n');
  else if (message.event === 'ready')
    process.stdout.write(`Admin portal (${message.mode}) at ${message.url}\n`);
};

// Next.js reports usage to Vercel unless told not to; the platform sends nothing anywhere.
(process.env as Record<string, string>).NEXT_TELEMETRY_DISABLED = '1';
const config = loadPortalConfig();
const log = pino({ name: 'admin-portal', level: config.LOG_LEVEL });

try {
  const mode: 'production' | 'development' =
    config.PORTAL_MODE === 'auto'
      ? isBuildCurrent()
        ? 'production'
        : 'development'
      : config.PORTAL_MODE;
  if (mode === 'production' && !isBuildCurrent()) {
    report({ event: 'building' });
    await buildPortal((line) => log.debug({ line }, 'next build'));
  }
  // Next.js picks React's production or development build from NODE_ENV.
  (process.env as Record<string, string>).NODE_ENV = mode;
  const server = await startPortalServer({
    gatewayUrl: config.GATEWAY_URL,
    host: config.HOST,
    port: config.PORT,
    dev: mode === 'development',
    log,
    secureCookies: config.ADMIN_PORTAL_PUBLIC_URL?.startsWith('https:') ?? false,
    ...(config.PORTAL_DEMO_EMAIL && config.PORTAL_DEMO_PASSWORD && config.NODE_ENV !== 'production'
      ? { demoAdmin: { email: config.PORTAL_DEMO_EMAIL, password: config.PORTAL_DEMO_PASSWORD } }
      : {}),
  });
  report({ event: 'ready', url: server.url, mode });

  const stop = async () => {
    await server.close().catch(() => undefined);
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  // The launcher went away (crash or kill -9): do not outlive it.
  process.once('disconnect', stop);
} catch (error) {
  report({ event: 'failed', message: (error as Error).message });
  process.stderr.write(`The admin portal could not start: ${(error as Error).message}\n`);
  process.exit(1);
}
