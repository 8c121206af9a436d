export { connectionFields, databaseName, databaseUrl } from './connection-url.ts';
export { dropDatabase, ensureDatabase, isServerReachable } from './databases.ts';
export { startEmbeddedPostgres, type EmbeddedServer } from './embedded-postgres.ts';
export { applyMigrations, readMigrations, type Migration } from './migrations.ts';
export { createPrismaAdapter } from './prisma-adapter.ts';
