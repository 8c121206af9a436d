import { serviceCaller, signedFetch, type Logger } from '@pyairtable/subgraph-kit';

const REFRESH_MS = 5_000;

/**
 * The workspaces a platform administrator suspended, asked of the workspaces subgraph at most
 * every few seconds: their bases are not synced. When workspaces cannot answer, the last
 * known answer holds (a brief outage neither stops every sync nor resumes suspended ones).
 */
export function createSuspendedWorkspaces(options: {
  workspacesUrl: string;
  signingSecret: string;
  logger: Logger;
}) {
  const url = new URL('/internal/workspaces/suspended', options.workspacesUrl).toString();
  let known: ReadonlySet<string> = new Set();
  let checkedAt = 0;

  async function refresh() {
    const res = await signedFetch(
      url,
      { signal: AbortSignal.timeout(5_000) },
      {
        audience: 'workspaces',
        secret: options.signingSecret,
        caller: serviceCaller('suspended-workspaces'),
      },
    );
    if (!res.ok) throw new Error(`workspaces answered ${res.status} about suspensions`);
    known = new Set(((await res.json()) as { workspaceIds: string[] }).workspaceIds);
  }

  return async function suspendedWorkspaces(): Promise<ReadonlySet<string>> {
    if (Date.now() - checkedAt >= REFRESH_MS) {
      checkedAt = Date.now();
      await refresh().catch((err: unknown) =>
        options.logger.debug({ err }, 'suspended workspaces unknown; keeping the last answer'),
      );
    }
    return known;
  };
}
