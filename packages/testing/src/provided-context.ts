// What global-setup.ts provides to every test file through vitest's inject().
declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL server URL (its `postgres` database) for this test run. */
    postgresUrl: string;
    /** Prefix of every database this run creates. */
    databasePrefix: string;
  }
}

export {};
