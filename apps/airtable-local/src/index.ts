import { createLogger, serveHttp, type RunningServer } from '@pyairtable/subgraph-kit';
import { loadAirtableLocalConfig } from './config.ts';
import { createApp } from './create-app.ts';
import { createStore } from './store.ts';

export { loadAirtableLocalConfig } from './config.ts';
export { createApp } from './create-app.ts';
export { createStore } from './store.ts';
export { seedAirtableLocal, DEMO_TOKEN } from './seed/seed-airtable-local.ts';
export { MIGRATIONS_DIR } from './seed/seed-airtable-local.ts';

type LocalApp = ReturnType<typeof createApp>;

/** Starts airtable-local from environment settings. */
export async function main(
  env?: NodeJS.ProcessEnv,
): Promise<RunningServer & Pick<LocalApp, 'setFaults' | 'stats' | 'resetStats'>> {
  const config = loadAirtableLocalConfig(env);
  const logger = createLogger('airtable-local', config.LOG_LEVEL);
  const store = createStore(config.DATABASE_URL);
  const { app, close, setFaults, stats, resetStats } = createApp({
    config,
    store,
    logger,
    now: () => new Date(),
  });
  const running = await serveHttp(app, config.PORT, config.HOST, async () => undefined);
  const url = running.url.replace(/\/graphql$/, '');
  logger.info({ url }, 'airtable-local listening');
  return {
    ...running,
    url,
    setFaults,
    stats,
    resetStats,
    close: async () => {
      close();
      await running.close();
      await store.close();
    },
  };
}
