import path from 'node:path';
import {
  DEFAULT_PORTS,
  assertProductionSecrets,
  loadConfig,
  platformEnv,
  port,
  readDatabaseUrlOverrides,
  z,
} from '@pyairtable/config';
import {
  DEMO_ACCOUNT,
  DEMO_ADMIN,
  listSubgraphs,
  migrateAll,
  ROOT,
  seedDemo as seedDemoAccount,
  seedDemoAdmin,
} from '@pyairtable/data';
import {
  applyMigrations,
  ensureDatabase,
  startEmbeddedPostgres,
  type EmbeddedServer,
} from '@pyairtable/db';
import {
  createStore as createAirtableLocalStore,
  main as startAirtableLocal,
  MIGRATIONS_DIR as AIRTABLE_LOCAL_MIGRATIONS,
  seedAirtableLocal,
} from '@pyairtable/airtable-local';
import { demoCrmBase } from '@pyairtable/airtable-local/demo-crm';
import { main as startAirtable } from '@pyairtable/airtable';
import { main as startAudit } from '@pyairtable/audit';
import { main as startFiles } from '@pyairtable/files';
import { main as startGateway } from '@pyairtable/gateway';
import { main as startIdentity } from '@pyairtable/identity';
import { main as startLlm } from '@pyairtable/llm';
import { mailEnv, startLocalMailbox } from '@pyairtable/mail';
import { main as startNotifications } from '@pyairtable/notifications';
import { main as startWebhooks } from '@pyairtable/webhooks';
import { main as startWorkflows } from '@pyairtable/workflows';
import { main as startMcpServer } from '@pyairtable/mcp-server';
import { main as startPermissions } from '@pyairtable/permissions';
import type { RunningServer } from '@pyairtable/subgraph-kit';
import { main as startWorkspaces } from '@pyairtable/workspaces';
import { startAdminPortal, startDashboard } from './start-dashboard.ts';

// Every subgraph of supergraph.yaml needs its starter here. Those that call the gateway read
// its URL when they call, as the gateway starts last.
type Starter = (
  env: NodeJS.ProcessEnv,
  options: { gatewayUrl: () => string },
) => Promise<RunningServer>;
const STARTERS: Record<string, Starter> = {
  identity: (env, options) => startIdentity(env, options),
  workspaces: (env) => startWorkspaces(env),
  permissions: (env, options) => startPermissions(env, options),
  airtable: (env) => startAirtable(env),
  files: (env, options) => startFiles(env, options),
  llm: (env, options) => startLlm(env, options),
  notifications: (env) => startNotifications(env),
  webhooks: (env) => startWebhooks(env),
  audit: (env) => startAudit(env),
  workflows: (env, options) => startWorkflows(env, options),
};

const LauncherEnv = {
  ...platformEnv,
  // Services log warnings and errors; progress lines tell the rest.
  LOG_LEVEL: platformEnv.LOG_LEVEL.default('warn'),
  MCP_PORT: port(DEFAULT_PORTS.mcp),
  TENANT_DASHBOARD_PORT: port(DEFAULT_PORTS.tenantDashboard),
  ADMIN_PORTAL_PORT: port(DEFAULT_PORTS.adminPortal),
  /**
   * production: a `next build` cached in apps/tenant-dashboard/.next, rebuilt when its sources
   * change; development: `next dev` (hot reload, pages compile on first visit); auto: the build
   * when current, else development.
   */
  DASHBOARD_MODE: z.enum(['production', 'development', 'auto']).default('production'),
  /** Without SMTP_URL, email goes to the local mailbox: its page is served on this port. */
  MAILBOX_PORT: port(DEFAULT_PORTS.mailbox),
  ...mailEnv,
  /** Where people open the dashboard, for links in emails. */
  DASHBOARD_PUBLIC_URL: z.string().url().optional(),
  /** Internal hosts webhooks may reach (comma-separated), passed to the webhooks subgraph. */
  WEBHOOKS_ALLOW_HOSTS: z.string().default(''),
  /** Platform administrators (comma-separated emails), passed to identity. */
  ADMIN_EMAILS: z.string().default(''),
  /** Signs the audit log's checkpoints (Ed25519 private key, PEM or its base64); passed to audit. */
  AUDIT_SIGNING_KEY: z.string().optional(),
};

export interface Platform {
  gatewayUrl: string;
  /** The MCP server's Streamable HTTP endpoint (…/mcp). */
  mcpUrl: string;
  airtableLocal: { url: string; token: string; demoBaseId: string | null };
  subgraphUrls: Record<string, string>;
  postgres: { url: string; embedded: boolean };
  seeded: { created: string[] } | null;
  /** The demo platform administrator, seeded with the demo account. */
  demoAdmin: { email: string; password: string } | null;
  /** The tenant dashboard, when asked for and it started. */
  dashboardUrl: string | null;
  /** The admin portal, when asked for and it started. */
  adminPortalUrl: string | null;
  /** The local mailbox's page (email sent while no SMTP_URL is set), or null with SMTP_URL. */
  mailboxUrl: string | null;
  stop(): Promise<void>;
}

export interface StartOptions {
  env?: NodeJS.ProcessEnv;
  onProgress?: (step: string, detail?: string) => void;
  /** Listen on free ports instead of the configured ones (tests). */
  ephemeralPorts?: boolean;
  /** Also serve the tenant dashboard (npm start, its browser tests); the platform runs without it if it cannot start. */
  dashboard?: boolean;
  /** Also serve the admin portal (npm start, its browser tests); the platform runs without it if it cannot start. */
  adminPortal?: boolean;
  /** Extra settings for airtable-local, e.g. its rate limits (tests). */
  airtableLocalEnv?: NodeJS.ProcessEnv;
}

/** Starts PostgreSQL (embedded unless POSTGRES_URL), migrates, starts every subgraph and the gateway, seeds the demo. */
export async function startPlatform(options: StartOptions = {}): Promise<Platform> {
  const env = options.env ?? process.env;
  const config = loadConfig(LauncherEnv, env);
  assertProductionSecrets(config);
  const progress = options.onProgress ?? (() => undefined);
  const stack: { close(): Promise<void> }[] = [];
  const stop = async () => {
    for (const service of stack.reverse()) await service.close().catch(() => undefined);
  };
  try {
    let embedded: EmbeddedServer | null = null;
    if (config.POSTGRES_URL) {
      progress('PostgreSQL', `using ${new URL(config.POSTGRES_URL).host}`);
    } else {
      progress('PostgreSQL', `starting embedded server on port ${config.EMBEDDED_POSTGRES_PORT}`);
      embedded = await startEmbeddedPostgres({
        dataDir: path.resolve(ROOT, config.DATA_DIR, 'postgres'),
        port: config.EMBEDDED_POSTGRES_PORT,
      });
      stack.push({ close: () => embedded!.stop() });
    }
    const serverUrl = config.POSTGRES_URL ?? embedded!.url;

    const subgraphs = listSubgraphs();
    const overrides = readDatabaseUrlOverrides(env);
    progress('Migrations', `${subgraphs.length} subgraph databases`);
    const databaseUrls = await migrateAll(
      serverUrl,
      subgraphs.map((subgraph) => ({ subgraph, databaseUrl: overrides[subgraph.name] })),
      (line) => progress('Migrations', line),
    );

    const seedDemo =
      config.NODE_ENV !== 'production' &&
      (config.SEED_DEMO ? config.SEED_DEMO === 'true' : !config.POSTGRES_URL);
    const airtableLocal = await startAirtableLocalStep(
      serverUrl,
      overrides['airtable-local'],
      seedDemo,
      options.ephemeralPorts ? 0 : config.AIRTABLE_LOCAL_PORT,
      { ...config, extraEnv: options.airtableLocalEnv },
      progress,
    );
    stack.push(airtableLocal.server);

    // No mail server given: email goes to a local mailbox, so invitations work on a fresh clone.
    let smtpUrl = config.SMTP_URL;
    let mailboxUrl: string | null = null;
    if (!smtpUrl) {
      const mailbox = await startLocalMailbox({
        httpPort: options.ephemeralPorts ? 0 : config.MAILBOX_PORT,
      });
      stack.push(mailbox);
      smtpUrl = mailbox.smtpUrl;
      mailboxUrl = mailbox.url;
      progress('Mailbox', `${mailbox.url} (sent email; SMTP at ${mailbox.smtpUrl})`);
    }
    const mail = {
      SMTP_URL: smtpUrl,
      MAIL_FROM: config.MAIL_FROM,
      DASHBOARD_PUBLIC_URL:
        config.DASHBOARD_PUBLIC_URL ?? `http://localhost:${config.TENANT_DASHBOARD_PORT}`,
    };

    // One database for platform events, so every service hears every other across processes.
    const eventsDatabaseUrl =
      overrides.events ?? (await ensureDatabase(serverUrl, 'pyairtable_events'));
    const shared = {
      NODE_ENV: config.NODE_ENV,
      LOG_LEVEL: config.LOG_LEVEL,
      GATEWAY_SIGNING_SECRET: config.GATEWAY_SIGNING_SECRET,
      JWT_SECRET: config.JWT_SECRET,
    };
    // The gateway starts last; the subgraphs that call it (the assistant's tools, permissions
    // reading bases) read its URL when they call.
    let gatewayUrl = '';
    const subgraphUrls: Record<string, string> = {};
    for (const subgraph of subgraphs) {
      const start = STARTERS[subgraph.name];
      if (!start) throw new Error(`No starter for subgraph "${subgraph.name}" in apps/platform.`);
      const port = options.ephemeralPorts ? 0 : subgraph.port;
      const server = await start(
        {
          ...shared,
          ...subgraphEnv(subgraph.name, subgraphUrls, airtableLocal.server.url, {
            ...config,
            mail,
            // The demo administrator exists only where the demo account does.
            ADMIN_EMAILS: [config.ADMIN_EMAILS, seedDemo ? DEMO_ADMIN.email : '']
              .filter(Boolean)
              .join(','),
            filesDir: path.resolve(ROOT, config.DATA_DIR, 'files'),
          }),
          ...(subgraph.name === 'llm' ? llmEnv(env, subgraphUrls, config) : {}),
          EVENTS_DATABASE_URL: eventsDatabaseUrl,
          PORT: String(port),
          DATABASE_URL: databaseUrls[subgraph.name],
        },
        { gatewayUrl: () => gatewayUrl },
      );
      stack.push(server);
      subgraphUrls[subgraph.name] = server.url;
      progress('Subgraphs', `${subgraph.name} at ${server.url}`);
    }

    const gatewayEnv: NodeJS.ProcessEnv = {
      ...shared,
      // Subscriptions hear the same events the subgraphs publish; the audit outbox lives there too.
      EVENTS_DATABASE_URL: eventsDatabaseUrl,
      ...(config.REDIS_URL ? { REDIS_URL: config.REDIS_URL } : {}),
      PORT: String(options.ephemeralPorts ? 0 : config.GATEWAY_PORT),
    };
    for (const [name, url] of Object.entries(subgraphUrls))
      gatewayEnv[`SUBGRAPH_${name.toUpperCase().replace(/-/g, '_')}_URL`] = url;
    const gateway = await startGateway(gatewayEnv);
    gatewayUrl = gateway.url;
    stack.push(gateway);
    progress('Gateway', gateway.url);

    // MCP tools run through the gateway as their caller.
    const mcp = await startMcpServer({
      NODE_ENV: config.NODE_ENV,
      LOG_LEVEL: config.LOG_LEVEL,
      GATEWAY_URL: gateway.url,
      PORT: String(options.ephemeralPorts ? 0 : config.MCP_PORT),
    });
    stack.push(mcp);
    progress('MCP server', mcp.url);

    let seeded: Platform['seeded'] = null;
    if (seedDemo) {
      seeded = await seedDemoAccount(
        gateway.url,
        airtableLocal.demoBaseId
          ? { token: config.AIRTABLE_LOCAL_TOKEN, baseId: airtableLocal.demoBaseId }
          : undefined,
      );
      if ((await seedDemoAdmin(gateway.url)).created) seeded.created.push('administrator');
      progress(
        'Demo data',
        seeded.created.length ? `created ${seeded.created.join(' and ')}` : 'already present',
      );
    }

    let dashboardUrl: string | null = null;
    if (options.dashboard) {
      try {
        const dashboard = await startDashboard({
          gatewayUrl: gateway.url,
          port: options.ephemeralPorts ? 0 : config.TENANT_DASHBOARD_PORT,
          mode: config.DASHBOARD_MODE,
          env: { ...env, NODE_ENV: config.NODE_ENV, LOG_LEVEL: config.LOG_LEVEL },
          ...(seeded ? { demoAccount: DEMO_ACCOUNT } : {}),
          onProgress: (detail) => progress('Dashboard', detail),
        });
        stack.push(dashboard);
        dashboardUrl = dashboard.url;
        progress('Dashboard', `${dashboard.url} (${dashboard.mode})`);
      } catch (error) {
        progress('Dashboard', `not started: ${(error as Error).message}`);
      }
    }
    let adminPortalUrl: string | null = null;
    if (options.adminPortal) {
      try {
        const portal = await startAdminPortal({
          gatewayUrl: gateway.url,
          port: options.ephemeralPorts ? 0 : config.ADMIN_PORTAL_PORT,
          mode: config.DASHBOARD_MODE,
          env: { ...env, NODE_ENV: config.NODE_ENV, LOG_LEVEL: config.LOG_LEVEL },
          ...(seeded ? { demoAccount: DEMO_ADMIN } : {}),
          onProgress: (detail) => progress('Admin portal', detail),
        });
        stack.push(portal);
        adminPortalUrl = portal.url;
        progress('Admin portal', `${portal.url} (${portal.mode})`);
      } catch (error) {
        progress('Admin portal', `not started: ${(error as Error).message}`);
      }
    }
    return {
      gatewayUrl: gateway.url,
      mcpUrl: mcp.url,
      airtableLocal: {
        url: airtableLocal.server.url,
        token: config.AIRTABLE_LOCAL_TOKEN,
        demoBaseId: airtableLocal.demoBaseId,
      },
      subgraphUrls,
      postgres: { url: serverUrl, embedded: !config.POSTGRES_URL },
      seeded,
      demoAdmin: seeded ? { email: DEMO_ADMIN.email, password: DEMO_ADMIN.password } : null,
      dashboardUrl,
      adminPortalUrl,
      mailboxUrl,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** airtable-local on its own database, seeded with the demo CRM base and token. */
async function startAirtableLocalStep(
  serverUrl: string,
  databaseOverride: string | undefined,
  seed: boolean,
  port: number,
  config: {
    NODE_ENV: string;
    LOG_LEVEL: string;
    AIRTABLE_LOCAL_TOKEN: string;
    extraEnv?: NodeJS.ProcessEnv;
  },
  progress: (step: string, detail?: string) => void,
) {
  const databaseUrl =
    databaseOverride ?? (await ensureDatabase(serverUrl, 'pyairtable_airtable_local'));
  await applyMigrations(databaseUrl, AIRTABLE_LOCAL_MIGRATIONS);
  let demoBaseId: string | null = null;
  if (seed) {
    const store = createAirtableLocalStore(databaseUrl);
    try {
      const result = await seedAirtableLocal(store, {
        token: config.AIRTABLE_LOCAL_TOKEN,
        // Dates spread around the first of the month of seeding: open deals close from a week
        // later on, so "deals closing this month" finds some.
        base: () => demoCrmBase({ today: `${new Date().toISOString().slice(0, 7)}-01` }),
        baseName: 'Demo CRM',
        onProgress: (done, total) =>
          done === total && progress('Airtable-local', `seeded ${total} records`),
      });
      demoBaseId = result.baseId;
      progress(
        'Airtable-local',
        result.created
          ? `Demo CRM base ${result.baseId} created`
          : `Demo CRM base ${result.baseId} present`,
      );
    } finally {
      await store.close();
    }
  }
  const server = await startAirtableLocal({
    // The platform's own webhook receiver listens on 127.0.0.1.
    WEBHOOKS_ALLOW_PRIVATE_URLS: 'true',
    ...config.extraEnv,
    NODE_ENV: config.NODE_ENV,
    LOG_LEVEL: config.LOG_LEVEL,
    PORT: String(port),
    DATABASE_URL: databaseUrl,
  });
  progress('Airtable-local', server.url);
  return { server, demoBaseId };
}

/** Settings one subgraph needs beyond the shared ones, pointing it at its neighbours. */
function subgraphEnv(
  name: string,
  urls: Record<string, string>,
  airtableLocalUrl: string,
  config: {
    SECRETS_ENCRYPTION_KEY?: string;
    SECRETS_ENCRYPTION_KEY_PREVIOUS?: string;
    REDIS_URL?: string;
    WEBHOOKS_ALLOW_HOSTS: string;
    ADMIN_EMAILS: string;
    AUDIT_SIGNING_KEY?: string;
    /** Where the files subgraph keeps bytes (under DATA_DIR). */
    filesDir: string;
    mail: { SMTP_URL: string; MAIL_FROM: string; DASHBOARD_PUBLIC_URL: string };
  },
): NodeJS.ProcessEnv {
  const sealing = {
    ...(config.SECRETS_ENCRYPTION_KEY && { SECRETS_ENCRYPTION_KEY: config.SECRETS_ENCRYPTION_KEY }),
    ...(config.SECRETS_ENCRYPTION_KEY_PREVIOUS && {
      SECRETS_ENCRYPTION_KEY_PREVIOUS: config.SECRETS_ENCRYPTION_KEY_PREVIOUS,
    }),
  };
  const redis = config.REDIS_URL ? { REDIS_URL: config.REDIS_URL } : {};
  // Permissions decides for airtable, so it starts first.
  if (name === 'permissions') return { WORKSPACES_URL: urls.workspaces };
  if (name === 'workspaces') return { ...config.mail, ...redis };
  if (name === 'identity') return { ...config.mail, ADMIN_EMAILS: config.ADMIN_EMAILS };
  if (name === 'notifications')
    return {
      ...config.mail,
      ...redis,
      WORKSPACES_URL: urls.workspaces,
      IDENTITY_URL: urls.identity,
      AIRTABLE_URL: urls.airtable,
    };
  if (name === 'files')
    return {
      WORKSPACES_URL: urls.workspaces,
      AIRTABLE_URL: urls.airtable,
      FILES_STORAGE_DIR: config.filesDir,
    };
  if (name === 'webhooks')
    return {
      ...sealing,
      ...redis,
      WORKSPACES_URL: urls.workspaces,
      AIRTABLE_URL: urls.airtable,
      WEBHOOKS_ALLOW_HOSTS: config.WEBHOOKS_ALLOW_HOSTS,
    };
  if (name === 'workflows')
    return {
      ...sealing,
      ...redis,
      WORKSPACES_URL: urls.workspaces,
      AIRTABLE_URL: urls.airtable,
      // The internal hosts webhooks may reach, http steps may too.
      WORKFLOWS_ALLOW_HOSTS: config.WEBHOOKS_ALLOW_HOSTS,
    };
  if (name === 'audit')
    return {
      WORKSPACES_URL: urls.workspaces,
      AIRTABLE_URL: urls.airtable,
      ...(config.AUDIT_SIGNING_KEY ? { AUDIT_SIGNING_KEY: config.AUDIT_SIGNING_KEY } : {}),
    };
  if (name !== 'airtable') return {};
  return {
    WORKSPACES_URL: urls.workspaces,
    PERMISSIONS_URL: urls.permissions,
    // Embedded mode talks to airtable-local; production leaves AIRTABLE_API_URL to the environment.
    AIRTABLE_API_URL: airtableLocalUrl,
    ...sealing,
    ...redis,
  };
}

/**
 * The assistant's settings: its neighbours, and the model settings (OPENAI_*, LLM_*) passed
 * through as given; without OPENAI_API_KEY it answers that it is not configured.
 */
function llmEnv(
  env: NodeJS.ProcessEnv,
  urls: Record<string, string>,
  config: { REDIS_URL?: string },
): NodeJS.ProcessEnv {
  const model = Object.fromEntries(
    Object.entries(env).filter(([key, value]) => /^(OPENAI|LLM)_/.test(key) && value),
  );
  return {
    ...model,
    WORKSPACES_URL: urls.workspaces,
    ...(config.REDIS_URL ? { REDIS_URL: config.REDIS_URL } : {}),
  };
}
