import { z } from 'zod';

export { z };

/** Parses the environment once against a zod shape; throws listing every bad variable. */
export function loadConfig<S extends z.ZodRawShape>(
  shape: S,
  env: NodeJS.ProcessEnv = process.env,
): Readonly<z.infer<z.ZodObject<S>>> {
  const parsed = z.object(shape).safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return Object.freeze(parsed.data);
}

/** Settings every process shares: environment, log level. */
export const baseEnv = {
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** When set, GET /metrics needs `Authorization: Bearer <METRICS_TOKEN>`; in production /metrics is off without it. */
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
};

const DEV_SIGNING_SECRET = 'dev-only-gateway-signing-secret-change-me';
const DEV_JWT_SECRET = 'dev-only-jwt-secret-change-me-0123456789';

/** A secret that has a development default but must be set (≥ 32 chars) in production. */
function secret(devDefault: string) {
  return z.string().min(32, 'must be at least 32 characters').default(devDefault);
}

/** Shared secrets between the gateway and the subgraphs. */
export const secretsEnv = {
  GATEWAY_SIGNING_SECRET: secret(DEV_SIGNING_SECRET),
  JWT_SECRET: secret(DEV_JWT_SECRET),
};

interface SecretSettings {
  NODE_ENV: string;
  GATEWAY_SIGNING_SECRET: string;
  JWT_SECRET: string;
  /** Services that seal secrets at rest have one too. */
  SECRETS_ENCRYPTION_KEY?: string;
}

/** The shipped development secrets a configuration still uses. */
function developmentSecretsIn(config: SecretSettings): string[] {
  const found = [];
  if (config.GATEWAY_SIGNING_SECRET === DEV_SIGNING_SECRET) found.push('GATEWAY_SIGNING_SECRET');
  if (config.JWT_SECRET === DEV_JWT_SECRET) found.push('JWT_SECRET');
  if (config.SECRETS_ENCRYPTION_KEY?.startsWith('dev-only')) found.push('SECRETS_ENCRYPTION_KEY');
  return found;
}

/**
 * Refuses, when NODE_ENV is production, the shipped development secrets and one secret used
 * for two purposes (a leaked signing secret must not also forge sessions or open sealed data).
 * Short secrets are refused by the settings themselves (32 characters at least).
 */
export function assertProductionSecrets(config: SecretSettings): void {
  if (config.NODE_ENV !== 'production') return;
  const problems = developmentSecretsIn(config).map((n) => `  ${n}: must be set in production`);
  const named = [
    ['GATEWAY_SIGNING_SECRET', config.GATEWAY_SIGNING_SECRET],
    ['JWT_SECRET', config.JWT_SECRET],
    ['SECRETS_ENCRYPTION_KEY', config.SECRETS_ENCRYPTION_KEY],
  ].filter((entry): entry is [string, string] => Boolean(entry[1]));
  for (const [i, [name, value]] of named.entries())
    for (const [other, otherValue] of named.slice(i + 1))
      if (value === otherValue) problems.push(`  ${other}: must differ from ${name}`);
  if (problems.length > 0) throw new Error(`Invalid configuration:\n${problems.join('\n')}`);
}

/**
 * A warning for a process started without NODE_ENV that runs on the shipped development
 * secrets (fine on a laptop, never on a server); null otherwise.
 */
export function developmentSecretsWarning(
  config: SecretSettings,
  env: NodeJS.ProcessEnv = process.env,
): string | null {
  if (env.NODE_ENV) return null;
  const found = developmentSecretsIn(config);
  if (found.length === 0) return null;
  return `NODE_ENV is not set and ${found.join(', ')} ${found.length === 1 ? 'is' : 'are'} the shipped development default: anyone can forge requests to this platform. Set NODE_ENV=production and real secrets on any machine others can reach.`;
}

/** A port number from the environment with a default. */
export function port(defaultPort: number) {
  return z.coerce.number().int().min(0).max(65535).default(defaultPort);
}

/** Default ports: the public contract. */
export const DEFAULT_PORTS = {
  gateway: 4000,
  tenantDashboard: 3000,
  adminPortal: 3001,
  airtableLocal: 4010,
  mcp: 4020,
  identity: 4101,
  workspaces: 4102,
  permissions: 4103,
  airtable: 4104,
  files: 4105,
  notifications: 4106,
  webhooks: 4107,
  workflows: 4108,
  analytics: 4109,
  audit: 4110,
  llm: 4111,
  /** The embedded local mailbox (sent emails, when no SMTP_URL is set). */
  mailbox: 4025,
} as const;

export { readSupergraphManifest, type SubgraphEntry } from './supergraph-manifest.ts';

/** Settings of the embedded launcher and the data tooling (prisma/). */
export const platformEnv = {
  ...baseEnv,
  ...secretsEnv,
  /** An external PostgreSQL server (any database URL on it); unset → embedded PostgreSQL. */
  POSTGRES_URL: z.string().url().optional(),
  EMBEDDED_POSTGRES_PORT: port(54329),
  /** Where embedded PostgreSQL keeps its data (git-ignored). */
  DATA_DIR: z.string().default('.data'),
  GATEWAY_PORT: port(DEFAULT_PORTS.gateway),
  AIRTABLE_LOCAL_PORT: port(DEFAULT_PORTS.airtableLocal),
  /** The personal access token airtable-local is seeded with (embedded demo only). */
  AIRTABLE_LOCAL_TOKEN: z.string().min(8).default('patLocalDemoToken'),
  SECRETS_ENCRYPTION_KEY: z.string().min(32).optional(),
  SECRETS_ENCRYPTION_KEY_PREVIOUS: z.string().min(32).optional(),
  REDIS_URL: z.string().url().optional(),
  /**
   * Seed the demo account and workspace. Unset: only with the embedded database (never onto
   * an external server). Never in production, whatever it says.
   */
  SEED_DEMO: z.enum(['true', 'false']).optional(),
};

/** SUBGRAPH_<NAME>_URL overrides of supergraph routing URLs, keyed by subgraph name. */
export function readSubgraphUrlOverrides(
  env: NodeJS.ProcessEnv = process.env,
): Record<string, string> {
  const overrides: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    const match = /^SUBGRAPH_([A-Z0-9_]+)_URL$/.exec(key);
    if (match?.[1] && value) overrides[match[1].toLowerCase().replace(/_/g, '-')] = value;
  }
  return overrides;
}

/** <NAME>_DATABASE_URL settings (e.g. IDENTITY_DATABASE_URL), keyed by subgraph name. */
export function readDatabaseUrlOverrides(
  env: NodeJS.ProcessEnv = process.env,
): Record<string, string> {
  const overrides: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    const match = /^([A-Z0-9_]+)_DATABASE_URL$/.exec(key);
    if (match?.[1] && value) overrides[match[1].toLowerCase().replace(/_/g, '-')] = value;
  }
  return overrides;
}

/**
 * Turns off telemetry that libraries send to their vendors (@apollo/gateway otherwise exports
 * usage metrics to Apollo and probes cloud metadata servers at start-up).
 */
export function disableVendorTelemetry(env: NodeJS.ProcessEnv = process.env): void {
  env.APOLLO_TELEMETRY_DISABLED = 'true';
}
