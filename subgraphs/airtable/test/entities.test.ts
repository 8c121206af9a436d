import { describe, expect, it } from 'vitest';
import { startAirtableSubgraph } from './harness.ts';

const ENTITIES = `query ($r: [_Any!]!) { _entities(representations: $r) {
  ... on Base { id name }
  ... on Workspace { id bases { id name } airtableConnections { id name } }
} }`;

describe('airtable: entities as the gateway resolves them', () => {
  it('resolves a base only for members of its workspace, null for anyone else', async () => {
    const s = await startAirtableSubgraph();
    const ref = [{ __typename: 'Base', id: s.baseId }];
    const viewer = await s.member('VIEWER');
    const mine = await s.as(viewer)(ENTITIES, { r: ref });
    expect(mine.data!._entities).toEqual([{ id: s.baseId, name: 'Demo CRM' }]);
    const stranger = s.factories.person('Stranger');
    const theirs = await s.as(stranger)(ENTITIES, { r: ref });
    expect(theirs.errors).toBeUndefined();
    expect(theirs.data!._entities).toEqual([null]);
    const unknown = await s.as(s.owner)(ENTITIES, {
      r: [{ __typename: 'Base', id: 'appNope12345678' }],
    });
    expect(unknown.data!._entities).toEqual([null]);
  });

  it('extends a workspace with its bases, and its connections for admins only', async () => {
    const s = await startAirtableSubgraph();
    const ref = [{ __typename: 'Workspace', id: s.workspaceId }];
    const owner = await s.as(s.owner)(ENTITIES, { r: ref });
    expect(owner.data!._entities).toEqual([
      {
        id: s.workspaceId,
        bases: [{ id: s.baseId, name: 'Demo CRM' }],
        airtableConnections: [{ id: s.connection.id, name: 'Local' }],
      },
    ]);
    const editor = await s.member('EDITOR');
    const member = await s.as(editor)(ENTITIES, { r: ref });
    expect(member.data!._entities[0]).toMatchObject({
      bases: [{ id: s.baseId }],
      airtableConnections: [],
    });
    const stranger = s.factories.person('Stranger');
    const outside = await s.as(stranger)(ENTITIES, { r: ref });
    expect(outside.data!._entities[0]).toMatchObject({ bases: [], airtableConnections: [] });
  });
});
