// The MCP server over stdio, for desktop MCP clients: PYAIRTABLE_API_KEY is the caller.
import { startStdio } from './start-stdio.ts';

await startStdio().catch((error: Error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});
