import type { EventBus } from '@pyairtable/events';
import type { Logger } from './logger.ts';
import { serviceCaller } from './signed-context.ts';
import { signedFetch } from './signed-fetch.ts';

const REFRESH_MS = 5_000;

/** The workspaces a platform administrator suspended, as a set answered without a request. */
export type SuspendedWorkspaces = () => Promise<ReadonlySet<string>>;

/**
 * The workspaces a platform administrator suspended: their bases are not synced, their
 * webhooks not delivered, their workflows not run. A `workspace.suspensionChanged` event on
 * the bus takes effect at once; the workspaces subgraph is also asked at most every few
 * seconds, which catches up on an event the bus lost. When workspaces cannot answer, the last
 * known answer holds (a brief outage neither stops every sync nor resumes suspended ones).
 */
export function createSuspendedWorkspaces(options: {
  workspacesUrl: string;
  signingSecret: string;
  logger: Logger;
  events?: EventBus;
  /** Who asks, for the signed request (e.g. "airtable-sync"). */
  caller?: string;
}): SuspendedWorkspaces & { close(): void } {
  const url = new URL('/internal/workspaces/suspended', options.workspacesUrl).toString();
  let known: ReadonlySet<string> = new Set();
  let checkedAt = 0;
  let changedDuringRefresh = false;

  const unsubscribe = options.events?.subscribe(
    (event) => {
      if (event.type !== 'workspace.suspensionChanged') return;
      const next = new Set(known);
      if (event.suspended) next.add(event.workspaceId);
      else next.delete(event.workspaceId);
      known = next;
      changedDuringRefresh = true;
    },
    { types: ['workspace.suspensionChanged'] },
  );

  async function refresh() {
    changedDuringRefresh = false;
    const res = await signedFetch(
      url,
      { signal: AbortSignal.timeout(5_000) },
      {
        audience: 'workspaces',
        secret: options.signingSecret,
        caller: serviceCaller(options.caller ?? 'suspended-workspaces'),
      },
    );
    if (!res.ok) throw new Error(`workspaces answered ${res.status} about suspensions`);
    const answer = new Set(((await res.json()) as { workspaceIds: string[] }).workspaceIds);
    // An event that arrived while the answer was on its way is newer than the answer.
    if (!changedDuringRefresh) known = answer;
  }

  const suspendedWorkspaces = async function suspendedWorkspaces(): Promise<ReadonlySet<string>> {
    if (Date.now() - checkedAt >= REFRESH_MS) {
      checkedAt = Date.now();
      await refresh().catch((err: unknown) =>
        options.logger.debug({ err }, 'suspended workspaces unknown; keeping the last answer'),
      );
    }
    return known;
  };
  return Object.assign(suspendedWorkspaces, { close: () => unsubscribe?.() });
}
