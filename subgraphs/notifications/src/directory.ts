import { serviceCaller, signedFetch, type WorkspaceRole } from '@pyairtable/subgraph-kit';
import { LRUCache } from 'lru-cache';
import type { NotificationsConfig } from './config.ts';

export interface Person {
  id: string;
  email: string;
  name: string;
}

export interface Member {
  userId: string;
  role: WorkspaceRole;
}

/**
 * Who people are and who belongs where, asked of their owners: a workspace's members from the
 * workspaces subgraph, names and addresses as identity resolves User entities. Kept 30 s.
 */
export function createDirectory(config: NotificationsConfig) {
  const people = new LRUCache<string, Person>({ max: 10_000, ttl: 30_000 });
  const members = new LRUCache<string, Member[]>({ max: 1_000, ttl: 30_000 });

  async function post(audience: string, url: string, body: unknown): Promise<unknown> {
    const res = await signedFetch(
      url,
      { body: JSON.stringify(body), signal: AbortSignal.timeout(5_000) },
      { audience, secret: config.GATEWAY_SIGNING_SECRET, caller: serviceCaller('notifications') },
    );
    if (!res.ok) throw new Error(`${new URL(url).pathname} answered ${res.status}`);
    return res.json();
  }

  return {
    async membersOf(workspaceId: string): Promise<Member[]> {
      const hit = members.get(workspaceId);
      if (hit) return hit;
      const answer = (await post(
        'workspaces',
        new URL('/internal/workspaces/members', config.WORKSPACES_URL).toString(),
        {
          workspaceId,
        },
      )) as { members: Member[] };
      members.set(workspaceId, answer.members);
      return answer.members;
    },
    async adminsOf(workspaceId: string): Promise<string[]> {
      return (await this.membersOf(workspaceId))
        .filter((m) => m.role === 'ADMIN' || m.role === 'OWNER')
        .map((m) => m.userId);
    },
    /** People by id (unknown ids are left out). */
    async people(ids: readonly string[]): Promise<Person[]> {
      const missing = [...new Set(ids)].filter((id) => !people.has(id));
      if (missing.length > 0) {
        const answer = (await post('identity', config.IDENTITY_URL, {
          query:
            'query ($r: [_Any!]!) { _entities(representations: $r) { ... on User { id email name } } }',
          variables: { r: missing.map((id) => ({ __typename: 'User', id })) },
        })) as { data?: { _entities: (Person | null)[] }; errors?: { message: string }[] };
        if (!answer.data) throw new Error(`identity: ${answer.errors?.[0]?.message ?? 'no data'}`);
        for (const person of answer.data._entities) if (person) people.set(person.id, person);
      }
      return ids.map((id) => people.get(id)).filter((p): p is Person => !!p);
    },
  };
}

export type Directory = ReturnType<typeof createDirectory>;
