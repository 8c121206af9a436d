/** Runs a server until SIGINT/SIGTERM, then closes it; exits non-zero if it fails to start. */
export async function runUntilSignal(
  start: () => Promise<{ close(): Promise<void> }>,
): Promise<void> {
  let server: { close(): Promise<void> };
  try {
    server = await start();
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  }
  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
