// npm start: the whole platform on embedded defaults, with progress, until Ctrl-C.
import { DEMO_ACCOUNT } from '@pyairtable/data';
import {
  DEFAULT_PORTS,
  developmentSecretsWarning,
  loadConfig,
  platformEnv,
} from '@pyairtable/config';
import { startPlatform } from './start-platform.ts';

const started = performance.now();
const out = (line: string) => process.stdout.write(`${line}\n`);
let lastStep = '';

out('Starting PyAirtable Platform…');
const platform = await startPlatform({
  dashboard: true,
  onProgress: (step, detail) => {
    const seconds = ((performance.now() - started) / 1000).toFixed(1).padStart(5);
    out(`${seconds}s  ${step === lastStep ? ' '.repeat(step.length) : step}  ${detail ?? ''}`);
    lastStep = step;
  },
}).catch((error: Error) => {
  process.stderr.write(`\nCould not start the platform: ${error.message}\n`);
  process.exit(1);
});

const gateway = new URL(platform.gatewayUrl);
const base = `${gateway.protocol}//localhost:${gateway.port}`;
out(`
Ready in ${((performance.now() - started) / 1000).toFixed(1)} s.

${platform.dashboardUrl ? `  Tenant dashboard          ${platform.dashboardUrl.replace('127.0.0.1', 'localhost')}   <- open this\n` : `  Tenant dashboard          not running (see the Dashboard line above)\n`}  GraphQL API + playground  ${base}/graphql
  Airtable-compatible API   ${base}/v0  (Bearer: a platform API key; the Demo CRM base is mirrored)
  Health                    ${base}/healthz   ${base}/readyz
  MCP (Streamable HTTP)     ${platform.mcpUrl.replace('127.0.0.1', 'localhost')}  (Bearer: a platform API key)
  airtable-local            ${platform.airtableLocal.url.replace('127.0.0.1', 'localhost')}/v0  (token ${platform.airtableLocal.token}${platform.airtableLocal.demoBaseId ? `, base "Demo CRM" ${platform.airtableLocal.demoBaseId}` : ''})
  Mailbox (sent email)      ${platform.mailboxUrl ? platform.mailboxUrl.replace('127.0.0.1', 'localhost') : 'off: email goes to SMTP_URL'}
  PostgreSQL                ${platform.postgres.embedded ? `embedded, ${platform.postgres.url.replace(/:[^:@/]+@/, ':***@')}` : 'external'}
${platform.seeded ? `  Demo login                ${DEMO_ACCOUNT.email} / ${DEMO_ACCOUNT.password}  (workspace "Demo")\n` : ''}
  Not yet part of this build: admin portal (:${DEFAULT_PORTS.adminPortal}).

Press Ctrl-C to stop.`);
const secretsWarning = developmentSecretsWarning(loadConfig(platformEnv));
if (secretsWarning) process.stderr.write(`\nWarning: ${secretsWarning}\n`);

let stoppingSince = 0;
async function shutdown(signal: string) {
  if (stoppingSince) {
    // A terminal's Ctrl-C can arrive twice at once (tsx relays it); only a later one forces.
    if (Date.now() - stoppingSince < 1_000) return;
    out('Stopping now.');
    process.exit(1);
  }
  stoppingSince = Date.now();
  out(`\n${signal}: stopping… (press Ctrl-C again to force)`);
  // Never hang on a service that will not close.
  setTimeout(() => {
    out('Some services did not stop within 10 s; exiting anyway.');
    process.exit(1);
  }, 10_000).unref();
  await platform.stop();
  out('Stopped.');
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
