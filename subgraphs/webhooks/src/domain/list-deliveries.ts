import { badUserInput } from '@pyairtable/subgraph-kit';
import type { DeliveryStatus } from '../db.ts';
import type { WebhooksDeps } from '../deps.ts';
import { requireEndpoint } from './access.ts';
import type { Actor } from './actor.ts';

const encodeCursor = (d: { createdAt: Date; id: string }) =>
  Buffer.from(`${d.createdAt.toISOString()}|${d.id}`).toString('base64url');

function decodeCursor(cursor: string) {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const createdAt = new Date(at ?? '');
  if (!id || Number.isNaN(createdAt.getTime())) throw badUserInput('Invalid cursor.', 'after');
  return { createdAt, id };
}

/** A page of an endpoint's deliveries, newest first. */
export async function listDeliveries(
  deps: WebhooksDeps,
  actor: Actor,
  args: {
    endpointId: string;
    first?: number | null;
    after?: string | null;
    status?: DeliveryStatus | null;
  },
) {
  const endpoint = await requireEndpoint(deps, actor, args.endpointId);
  const first = args.first ?? 20;
  if (!Number.isInteger(first) || first < 0 || first > 100)
    throw badUserInput('first must be 0–100.', 'first');
  const rows = await deps.db.listDeliveries(endpoint.id, {
    take: first + 1,
    status: args.status ?? undefined,
    after: args.after ? decodeCursor(args.after) : undefined,
  });
  const page = rows.slice(0, first);
  return {
    edges: page.map((node) => ({ cursor: encodeCursor(node), node })),
    pageInfo: {
      hasNextPage: rows.length > first,
      endCursor: page.length ? encodeCursor(page.at(-1)!) : null,
    },
  };
}
