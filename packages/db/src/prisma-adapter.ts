import { PrismaPg } from '@prisma/adapter-pg';

/** The driver adapter a subgraph's generated Prisma Client runs on. */
export function createPrismaAdapter(databaseUrl: string, options: { max?: number } = {}) {
  return new PrismaPg({ connectionString: databaseUrl, max: options.max ?? 10 });
}
