import { requirePlatformAdmin, type Caller } from '@pyairtable/subgraph-kit';
import type { IdentityDeps } from '../../deps.ts';

/**
 * The readiness of the gateway and every subgraph, as the gateway's /readyz reports it (the
 * gateway is the one that knows where each subgraph runs). An unreachable gateway is reported,
 * not thrown: that is what a health screen is for.
 */
export async function readSystemHealth(deps: IdentityDeps, caller: Caller) {
  requirePlatformAdmin(caller);
  const checkedAt = deps.clock();
  const subgraphs = await fetch(new URL('/readyz', deps.gatewayUrl()), {
    signal: AbortSignal.timeout(5_000),
  })
    .then(async (res) => ((await res.json()) as { subgraphs?: Record<string, string> }).subgraphs)
    .catch((err: unknown) => {
      deps.logger.warn({ err }, 'gateway readiness unavailable');
      return null;
    });
  const services = [
    { name: 'gateway', ready: subgraphs !== null },
    ...Object.entries(subgraphs ?? {}).map(([name, state]) => ({ name, ready: state === 'ready' })),
  ];
  return { ready: services.every((s) => s.ready), checkedAt, services };
}
