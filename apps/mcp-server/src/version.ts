import { readFileSync } from 'node:fs';

/** This package's version, announced to MCP clients. */
export const VERSION = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;
