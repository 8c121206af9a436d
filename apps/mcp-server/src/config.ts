import { baseEnv, DEFAULT_PORTS, loadConfig, port, z } from '@pyairtable/config';

const list = z
  .string()
  .optional()
  .transform((value) =>
    value === undefined
      ? undefined
      : value
          .split(',')
          .map((item) => item.trim())
          .filter(Boolean),
  );

/** Settings both transports share. */
const commonEnv = {
  ...baseEnv,
  /** The gateway the tools run through: its base URL or its /graphql URL. */
  GATEWAY_URL: z.string().url().default(`http://127.0.0.1:${DEFAULT_PORTS.gateway}`),
};

const HttpEnv = {
  ...commonEnv,
  PORT: port(DEFAULT_PORTS.mcp),
  HOST: z.string().default('127.0.0.1'),
  /** The server's public base URL when not http://HOST:PORT (behind a proxy); /mcp is under it. */
  PUBLIC_URL: z.string().url().optional(),
  /** Browser origins allowed to call /mcp (comma-separated); requests without Origin always pass. */
  ALLOWED_ORIGINS: list,
  /** Host header values accepted (comma-separated); on a loopback HOST, loopback names only. */
  ALLOWED_HOSTS: list,
  /** How long a verified bearer is trusted before the gateway is asked again. */
  AUTH_CACHE_SECONDS: z.coerce.number().int().min(0).default(30),
  /** A session unused this long is closed. */
  SESSION_IDLE_SECONDS: z.coerce.number().int().positive().default(1800),
  /** Open sessions one caller may hold; the oldest closes when a new one starts. */
  MAX_SESSIONS_PER_CALLER: z.coerce.number().int().positive().default(10),
};

const StdioEnv = {
  ...commonEnv,
  /** A platform API key (pyat_…), created in the dashboard or with createApiKey. */
  PYAIRTABLE_API_KEY: z.string().min(8, 'set it to a platform API key (pyat_…)'),
};

const DEVELOPMENT_ORIGINS = [
  `http://localhost:${DEFAULT_PORTS.tenantDashboard}`,
  `http://127.0.0.1:${DEFAULT_PORTS.tenantDashboard}`,
];

/** The gateway's GraphQL endpoint, from a base URL or the endpoint itself. */
function graphqlUrl(gatewayUrl: string): string {
  const url = new URL(gatewayUrl);
  return url.pathname === '/' ? new URL('/graphql', url).toString() : url.toString();
}

export type McpHttpConfig = ReturnType<typeof loadMcpHttpConfig>;
export type McpStdioConfig = ReturnType<typeof loadMcpStdioConfig>;

/** Settings of the Streamable HTTP server. */
export function loadMcpHttpConfig(env?: NodeJS.ProcessEnv) {
  const config = loadConfig(HttpEnv, env);
  return Object.freeze({
    ...config,
    GATEWAY_URL: graphqlUrl(config.GATEWAY_URL),
    ALLOWED_ORIGINS:
      config.ALLOWED_ORIGINS ?? (config.NODE_ENV === 'production' ? [] : DEVELOPMENT_ORIGINS),
  });
}

/** Settings of the stdio server (a desktop MCP client starts it). */
export function loadMcpStdioConfig(env?: NodeJS.ProcessEnv) {
  const config = loadConfig(StdioEnv, env);
  return Object.freeze({ ...config, GATEWAY_URL: graphqlUrl(config.GATEWAY_URL) });
}
