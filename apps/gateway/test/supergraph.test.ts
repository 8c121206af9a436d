import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { composeSupergraphFile } from '../src/compose-supergraph.ts';

const root = new URL('../../../', import.meta.url);

describe('supergraph', () => {
  it('is composed from supergraph.yaml and the committed SDL is current', () => {
    const result = composeSupergraphFile(new URL('supergraph.yaml', root).pathname);
    expect(result.ok && result.subgraphs).toEqual([
      'identity',
      'workspaces',
      'permissions',
      'airtable',
      'files',
      'llm',
      'notifications',
      'webhooks',
      'audit',
      'workflows',
    ]);
    const committed = readFileSync(new URL('apps/gateway/supergraph.graphql', root), 'utf8');
    expect(result.ok && result.supergraphSdl).toBe(committed);
  });
});
