import { assertProductionSecrets, developmentSecretsWarning } from '@pyairtable/config';
import { createLogger, type RunningServer } from '@pyairtable/subgraph-kit';
import { loadGatewayConfig } from './config.ts';
import { createGateway } from './create-gateway.ts';

export { createGateway } from './create-gateway.ts';
export { loadGatewayConfig } from './config.ts';

/** Starts the gateway from environment settings. */
export async function main(env?: NodeJS.ProcessEnv): Promise<RunningServer> {
  const config = loadGatewayConfig(env);
  assertProductionSecrets(config);
  const logger = createLogger('gateway', config.LOG_LEVEL);
  const warning = developmentSecretsWarning(config, env);
  if (warning) logger.warn(warning);
  return createGateway({ config, logger }).listen(config.PORT, config.HOST);
}
