import { fileURLToPath } from 'node:url';
import {
  baseEnv,
  DEFAULT_PORTS,
  loadConfig,
  port,
  readSubgraphUrlOverrides,
  secretsEnv,
  z,
} from '@pyairtable/config';

const GatewayEnv = {
  ...baseEnv,
  ...secretsEnv,
  PORT: port(DEFAULT_PORTS.gateway),
  HOST: z.string().default('127.0.0.1'),
  SUPERGRAPH_PATH: z
    .string()
    .default(fileURLToPath(new URL('../supergraph.graphql', import.meta.url))),
  /** Deepest selection allowed (introspection excluded). */
  MAX_QUERY_DEPTH: z.coerce.number().int().positive().default(12),
  /** Highest estimated cost allowed: each field counts 1, times the page size of the lists above it. */
  MAX_QUERY_COST: z.coerce.number().int().positive().default(20_000),
  /** Lexical tokens in a document; parsing stops past it, so a huge document is refused cheaply. */
  MAX_QUERY_TOKENS: z.coerce.number().int().positive().default(2_000),
  /** Aliased fields in an operation (each alias runs its field again). */
  MAX_QUERY_ALIASES: z.coerce.number().int().min(0).default(30),
  /** Directives in an operation, `@include`/`@skip` included. */
  MAX_QUERY_DIRECTIVES: z.coerce.number().int().min(0).default(50),
  /** Fragment definitions in a document. */
  MAX_QUERY_FRAGMENTS: z.coerce.number().int().min(0).default(50),
  MAX_BODY_BYTES: z.coerce.number().int().positive().default(1_000_000),
  /** Largest answer sent: a bigger one is refused with RESPONSE_TOO_LARGE. */
  MAX_RESPONSE_BYTES: z.coerce.number().int().positive().default(5_000_000),
  /** Time budget of one operation, subgraph requests included; then TIMEOUT and its work stops. */
  REQUEST_TIMEOUT_MS: z.coerce.number().int().positive().default(120_000),
  /** Schema introspection and "Did you mean …" suggestions; off in production unless true. */
  GRAPHQL_INTROSPECTION: z.enum(['true', 'false']).optional(),
  /** The GraphiQL playground at GET /graphql; off in production unless true (it needs introspection). */
  GRAPHIQL: z.enum(['true', 'false']).optional(),
  /** When set, GET /metrics needs `Authorization: Bearer <METRICS_TOKEN>`; in production /metrics is off without it. */
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  /** Open connections to each subgraph per gateway process; requests beyond wait for one. */
  SUBGRAPH_MAX_CONNECTIONS: z.coerce.number().int().positive().default(128),
  /** How long a subgraph request may take before it fails with UPSTREAM_UNAVAILABLE. */
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().positive().default(120_000),
  /** How long a verified API key is trusted before identity is asked again (revocation delay). */
  API_KEY_CACHE_SECONDS: z.coerce.number().int().min(0).default(30),
  /** How long a session's state is trusted: an ended session or disabled user is refused within it. */
  SESSION_CACHE_SECONDS: z.coerce.number().min(0).default(5),
  /**
   * off: access tokens are trusted until they expire, without asking identity about their
   * session (no platform role then). For a gateway in front of one subgraph's tests; refused in
   * production.
   */
  SESSION_CHECK: z.enum(['on', 'off']).default('on'),
  /** Platform events for subscriptions: Redis when set, else LISTEN/NOTIFY in EVENTS_DATABASE_URL. */
  REDIS_URL: z.string().url().optional(),
  EVENTS_DATABASE_URL: z.string().url().optional(),
  /**
   * Where audit entries wait (a durable outbox table) until the audit subgraph takes them;
   * EVENTS_DATABASE_URL when unset. Without either, nothing is audited (refused in production).
   */
  AUDIT_OUTBOX_DATABASE_URL: z.string().url().optional(),
  /** How often the outbox is drained when idle; failed deliveries back off up to 60 times this. */
  AUDIT_OUTBOX_POLL_MS: z.coerce.number().int().positive().default(1_000),
  MAX_SUBSCRIPTIONS_PER_CONNECTION: z.coerce.number().int().positive().default(50),
  /** Live subscriptions one workspace may hold on each gateway process. */
  MAX_SUBSCRIPTIONS_PER_WORKSPACE: z.coerce.number().int().positive().default(5_000),
  /** How long a subscriber's workspace role is trusted: a removed member stops receiving within it. */
  MEMBERSHIP_CACHE_SECONDS: z.coerce.number().min(0).default(5),
  /** Resolve each event once for subscribers with the same workspace role and selection. */
  SUBSCRIPTION_SHARING: z
    .enum(['true', 'false'])
    .default('true')
    .transform((value) => value === 'true'),
  /**
   * Which peers may tell the gateway the client's address (X-Forwarded-For), in Express's
   * `trust proxy` terms: a number of hops, or addresses / subnets / `loopback`, `uniquelocal`
   * (comma-separated). The default trusts only a proxy on the same host (the tenant dashboard's
   * server), so login throttling counts each person's address, and no remote peer can claim one.
   */
  TRUST_PROXY: z
    .string()
    .default('loopback')
    .transform((value): number | string[] =>
      /^\d+$/.test(value.trim())
        ? Number(value)
        : value
            .split(',')
            .map((part) => part.trim())
            .filter(Boolean),
    ),
  /** Browser origins allowed to call /graphql (comma-separated); the dashboards' in development. */
  CORS_ORIGINS: z.string().optional(),
};

const DEVELOPMENT_ORIGINS = [
  `http://localhost:${DEFAULT_PORTS.tenantDashboard}`,
  `http://127.0.0.1:${DEFAULT_PORTS.tenantDashboard}`,
  `http://localhost:${DEFAULT_PORTS.adminPortal}`,
  `http://127.0.0.1:${DEFAULT_PORTS.adminPortal}`,
];

export type GatewayConfig = ReturnType<typeof loadGatewayConfig>;

/** Reads the gateway's settings, with SUBGRAPH_<NAME>_URL routing overrides. */
export function loadGatewayConfig(env?: NodeJS.ProcessEnv) {
  const config = loadConfig(GatewayEnv, env);
  const corsOrigins =
    config.CORS_ORIGINS !== undefined
      ? config.CORS_ORIGINS.split(',')
          .map((origin) => origin.trim())
          .filter(Boolean)
      : config.NODE_ENV === 'production'
        ? []
        : DEVELOPMENT_ORIGINS;
  const production = config.NODE_ENV === 'production';
  if (production && config.SESSION_CHECK === 'off')
    throw new Error('Invalid configuration:\n  SESSION_CHECK: must be on in production');
  return Object.freeze({
    ...config,
    corsOrigins,
    introspection: (config.GRAPHQL_INTROSPECTION ?? String(!production)) === 'true',
    graphiql: (config.GRAPHIQL ?? String(!production)) === 'true',
    metrics: config.METRICS_TOKEN
      ? { token: config.METRICS_TOKEN }
      : production
        ? null
        : { token: null },
    subgraphUrls: readSubgraphUrlOverrides(env),
  });
}
