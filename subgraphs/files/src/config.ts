import { baseEnv, DEFAULT_PORTS, loadConfig, port, secretsEnv, z } from '@pyairtable/config';
import { DEFAULT_ALLOWED_TYPES } from './domain/allowed-types.ts';

const MB = 1024 * 1024;

const FilesEnv = {
  ...baseEnv,
  ...secretsEnv,
  PORT: port(DEFAULT_PORTS.files),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.string().url(),
  /** The workspaces subgraph, asked for members' roles. */
  WORKSPACES_URL: z.string().url().default(`http://127.0.0.1:${DEFAULT_PORTS.workspaces}/graphql`),
  /** The airtable subgraph, which puts attachments in Airtable and the mirror. */
  AIRTABLE_URL: z.string().url().default(`http://127.0.0.1:${DEFAULT_PORTS.airtable}/graphql`),
  /** Where the bytes are kept (the launcher puts it under DATA_DIR). */
  FILES_STORAGE_DIR: z.string().default('.data/files'),
  /** The largest file accepted, in bytes. */
  FILES_MAX_FILE_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(100 * MB),
  /** Bytes one workspace's files may take together. */
  FILES_WORKSPACE_QUOTA_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(10 * 1024 * MB),
  /**
   * The types accepted, as their bytes show them: MIME types or families (`image/*`),
   * comma-separated. Never HTML, SVG or scripts, whatever this says: they would run in a browser.
   */
  FILES_ALLOWED_TYPES: z.string().default(DEFAULT_ALLOWED_TYPES.join(',')),
  /** How long download and thumbnail links work. */
  FILES_URL_TTL_SECONDS: z.coerce.number().int().positive().max(86_400).default(300),
  /**
   * Host names or addresses attachments given by URL may come from although they are internal
   * (loopback, private…), comma-separated; empty by default.
   */
  FILES_ALLOW_HOSTS: z.string().default(''),
  /** The gateway, which imports write through as the person who started them. */
  GATEWAY_URL: z.string().url().default(`http://127.0.0.1:${DEFAULT_PORTS.gateway}/graphql`),
  REDIS_URL: z.string().url().optional(),
  EVENTS_DATABASE_URL: z.string().url().optional(),
  /** Rows an import writes per mutation (Airtable gets them 10 per request, paced). */
  FILES_IMPORT_CHUNK_ROWS: z.coerce.number().int().positive().max(1000).default(500),
  /** How long a process holds an import it runs; a killed one's import is resumed after. */
  FILES_IMPORT_LEASE_MS: z.coerce.number().int().positive().default(60_000),
  /** How often an idle worker looks for imports to run. */
  FILES_IMPORT_POLL_MS: z.coerce.number().int().positive().default(1_000),
  /** Run the import worker in this process. */
  RUN_WORKERS: z.enum(['true', 'false']).default('true'),
  /** The gateway's address as clients reach it, for upload and download links. */
  FILES_PUBLIC_URL: z.string().url().optional(),
};

export type FilesConfig = ReturnType<typeof loadFilesConfig>;

/** Reads the files subgraph's settings. */
export function loadFilesConfig(env?: NodeJS.ProcessEnv) {
  return loadConfig(FilesEnv, env);
}
