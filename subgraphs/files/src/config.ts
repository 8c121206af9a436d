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
  /** The gateway's address as clients reach it, for upload and download links. */
  FILES_PUBLIC_URL: z.string().url().optional(),
};

export type FilesConfig = ReturnType<typeof loadFilesConfig>;

/** Reads the files subgraph's settings. */
export function loadFilesConfig(env?: NodeJS.ProcessEnv) {
  return loadConfig(FilesEnv, env);
}
