import { describe, expect, it } from 'vitest';
import { startAirtableSubgraph } from './harness.ts';

describe('airtable: failures are not disguised', () => {
  it('masks an internal failure (logged in full) instead of answering NOT_FOUND or null', async () => {
    const s = await startAirtableSubgraph();
    const db = s.deps.db as Record<'findBase', unknown>;
    const findBase = db.findBase;
    db.findBase = async () => {
      throw new Error('connection to 10.1.2.3:5432 refused at /srv/app/db.ts:42');
    };
    try {
      const query = await s.as(s.owner)(`query ($b: ID!) { base(id: $b) { name } }`, {
        b: s.baseId,
      });
      expect(query.errors).toHaveLength(1);
      expect(query.errors![0]!.extensions).toEqual({
        code: 'INTERNAL_SERVER_ERROR',
        requestId: expect.any(String),
      });
      expect(query.errors![0]!.message).toMatch(/^Unexpected error\. Request id: /);
      expect(JSON.stringify(query)).not.toMatch(/10\.1\.2\.3|db\.ts|stack/);

      const entity = await s.as(s.owner)(
        `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Base { id } } }`,
        { r: [{ __typename: 'Base', id: s.baseId }] },
      );
      expect(entity.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      db.findBase = findBase;
    }
  });

  it('keeps the code and message of a deliberate error', async () => {
    const s = await startAirtableSubgraph();
    const res = await s.as(s.owner)(`query { writeBatch(id: "not-a-uuid") { status } }`);
    expect(res.errors?.[0]).toMatchObject({
      message: 'Write not-a-uuid was not found.',
      extensions: { code: 'NOT_FOUND' },
    });
    expect(res.errors?.[0]?.extensions).not.toHaveProperty('stacktrace');
  });
});
