import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { loadGraphTools } from '@pyairtable/graph-tools';
import { createLogger } from '@pyairtable/subgraph-kit';
import { loadMcpStdioConfig } from './config.ts';
import { createToolServer } from './create-tool-server.ts';
import { createGatewayClient } from './gateway-client.ts';
import { VERSION } from './version.ts';

/** Serves the tools on stdin/stdout until the client closes them; logs go to stderr. */
export async function startStdio(env?: NodeJS.ProcessEnv) {
  const config = loadMcpStdioConfig(env);
  // stdout carries the protocol.
  const logger = createLogger('mcp-server', config.LOG_LEVEL, process.stderr);
  const gateway = createGatewayClient(config.GATEWAY_URL);
  const identity = await gateway.identify(config.PYAIRTABLE_API_KEY).catch((error: Error) => {
    // The gateway may start after the desktop client: calls report it until it answers.
    logger.warn({ err: error, gateway: config.GATEWAY_URL }, 'the gateway did not answer yet');
    return null;
  });
  if (identity && !identity.ok) {
    throw new Error(`PYAIRTABLE_API_KEY was refused by ${config.GATEWAY_URL}: ${identity.message}`);
  }
  const server = createToolServer({
    tools: loadGraphTools(),
    version: VERSION,
    logger,
    executeFor: () => gateway.executeAs(config.PYAIRTABLE_API_KEY),
  });
  await server.connect(new StdioServerTransport());
  logger.info({ gateway: config.GATEWAY_URL }, 'MCP server on stdio');
  return server;
}
