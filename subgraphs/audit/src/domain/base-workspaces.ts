import { serviceCaller, signedFetch } from '@pyairtable/subgraph-kit';

const QUERY = `query ($id: ID!) { base(id: $id) { workspace { id } } }`;

/**
 * Which workspace a base belongs to, asked of the airtable subgraph as the entry's actor (who
 * just wrote to it, so may read it); remembered, as a base never changes workspace. Null when
 * the actor may not see the base (a refused write) or it is gone.
 */
export function createBaseWorkspaces(options: { airtableUrl: string; signingSecret: string }) {
  const known = new Map<string, string>();
  return {
    async workspaceOf(
      baseId: string,
      actor: { userId: string | null; apiKeyId: string | null },
    ): Promise<string | null> {
      const hit = known.get(baseId);
      if (hit) return hit;
      if (!actor.userId) return null;
      const res = await signedFetch(
        options.airtableUrl,
        {
          body: JSON.stringify({ query: QUERY, variables: { id: baseId } }),
          signal: AbortSignal.timeout(10_000),
        },
        {
          audience: 'airtable',
          secret: options.signingSecret,
          caller: { ...serviceCaller('audit-base-workspace'), userId: actor.userId },
        },
      );
      if (!res.ok) throw new Error(`the airtable subgraph answered ${res.status}`);
      const body = (await res.json()) as {
        data?: { base?: { workspace?: { id: string } } | null };
      };
      const id = body.data?.base?.workspace?.id ?? null;
      if (id) {
        if (known.size > 10_000) known.clear();
        known.set(baseId, id.toLowerCase());
      }
      return id?.toLowerCase() ?? null;
    },
  };
}

export type BaseWorkspaces = ReturnType<typeof createBaseWorkspaces>;
