export { findSubgraph, listSubgraphs, ROOT, type SubgraphData } from './subgraph-databases.ts';
export { migrateAll, type MigrationTarget } from './migrate-all.ts';
export { DEMO_ACCOUNT, seedDemo } from './seed-demo.ts';
export { DEMO_ADMIN, seedDemoAdmin } from './seed-demo-admin.ts';
