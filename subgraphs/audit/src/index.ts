import { assertProductionSecrets } from '@pyairtable/config';
import { closingAlso, type RunningServer } from '@pyairtable/subgraph-kit';
import { loadAuditConfig } from './config.ts';
import { createAuditDeps } from './create-audit-deps.ts';
import { createAuditSubgraph } from './subgraph.ts';

export { createAuditSubgraph } from './subgraph.ts';
export { createAuditDeps } from './create-audit-deps.ts';
export { createAuditDb } from './db.ts';
export { loadAuditConfig } from './config.ts';

/** Starts the audit subgraph (and, unless RUN_WORKERS=false, its change-log reader and checkpoint job). */
export async function main(env?: NodeJS.ProcessEnv): Promise<RunningServer> {
  const config = loadAuditConfig(env);
  assertProductionSecrets(config);
  if (config.NODE_ENV === 'production' && !config.AUDIT_SIGNING_KEY)
    throw new Error('Invalid configuration:\n  AUDIT_SIGNING_KEY: must be set in production');
  const { deps, feed, jobs, close } = createAuditDeps(config);
  const server = await createAuditSubgraph(deps).listen(config.PORT, config.HOST);
  if (config.RUN_WORKERS === 'true') {
    feed.start();
    jobs.start();
  }
  return closingAlso(server, close);
}
