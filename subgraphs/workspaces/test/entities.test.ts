import { describe, expect, it } from 'vitest';
import { person, startWorkspaces, workspaceWith } from './factories.ts';

const ENTITIES = `query ($r: [_Any!]!) { _entities(representations: $r) {
  ... on Workspace { id name role members { role user { id } } }
  ... on User { id workspaces { id name } }
} }`;

describe('workspaces: entities as the gateway resolves them', () => {
  it('resolves a workspace only for its members, with their own role', async () => {
    const run = await startWorkspaces();
    const [owner, viewer, stranger] = [person('owner'), person('viewer'), person('stranger')];
    const workspaceId = await workspaceWith(run, owner, [[viewer, 'VIEWER']]);
    const ref = { r: [{ __typename: 'Workspace', id: workspaceId }] };
    const seen = await run(viewer, ENTITIES, ref);
    expect(seen.data._entities).toEqual([
      {
        id: workspaceId,
        name: 'Team',
        role: 'VIEWER',
        members: expect.arrayContaining([
          { role: 'OWNER', user: { id: owner.id } },
          { role: 'VIEWER', user: { id: viewer.id } },
        ]),
      },
    ]);
    expect((await run(stranger, ENTITIES, ref)).data._entities).toEqual([null]);
  });

  it("lists a user's workspaces shared with the caller, and no others", async () => {
    const run = await startWorkspaces();
    const [ann, bob, carol] = [person('ann'), person('bob'), person('carol')];
    const shared = await workspaceWith(run, ann, [[bob, 'EDITOR']]);
    await workspaceWith(run, ann, [[carol, 'VIEWER']]);
    const asBob = await run(bob, ENTITIES, { r: [{ __typename: 'User', id: ann.id }] });
    expect(asBob.data._entities).toEqual([
      { id: ann.id, workspaces: [{ id: shared, name: 'Team' }] },
    ]);
    const asCarol = await run(carol, ENTITIES, { r: [{ __typename: 'User', id: bob.id }] });
    expect(asCarol.data._entities).toEqual([{ id: bob.id, workspaces: [] }]);
  });
});
