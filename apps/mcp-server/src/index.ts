import { loadGraphTools } from '@pyairtable/graph-tools';
import { createLogger, serveHttp, type RunningServer } from '@pyairtable/subgraph-kit';
import { loadMcpHttpConfig } from './config.ts';
import { createHttpApp } from './create-http-app.ts';
import { createGatewayClient } from './gateway-client.ts';
import { createSessionRegistry } from './sessions.ts';
import { VERSION } from './version.ts';

export { loadMcpHttpConfig, loadMcpStdioConfig } from './config.ts';
export { createToolServer } from './create-tool-server.ts';
export { createGatewayClient } from './gateway-client.ts';
export { startStdio } from './start-stdio.ts';

export { VERSION } from './version.ts';

/** Starts the Streamable HTTP MCP server; `url` is its /mcp endpoint. */
export async function main(env?: NodeJS.ProcessEnv): Promise<RunningServer> {
  const config = loadMcpHttpConfig(env);
  const logger = createLogger('mcp-server', config.LOG_LEVEL);
  const sessions = createSessionRegistry({
    idleMs: config.SESSION_IDLE_SECONDS * 1000,
    maxPerCaller: config.MAX_SESSIONS_PER_CALLER,
  });
  let publicBaseUrl = config.PUBLIC_URL;
  const app = createHttpApp({
    config,
    publicBaseUrl: () => publicBaseUrl!,
    tools: loadGraphTools(),
    version: VERSION,
    gateway: createGatewayClient(config.GATEWAY_URL),
    sessions,
    logger,
  });
  const server = await serveHttp(app, config.PORT, config.HOST, sessions.closeAll);
  const url = `http://${config.HOST}:${server.port}/mcp`;
  publicBaseUrl ??= new URL('/', url).toString();
  logger.info({ url, gateway: config.GATEWAY_URL }, 'MCP server listening');
  return {
    url,
    port: server.port,
    close: server.close,
  };
}
