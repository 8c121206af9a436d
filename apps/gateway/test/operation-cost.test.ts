import { buildSchema, getOperationAST, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIST_SIZE, operationCost } from '../src/operation-cost.ts';

const schema = buildSchema(`
  type Query {
    records(first: Int = 50): RecordConnection!
    search(first: Int): [Record!]!
    tags: [String!]!
    me: User
  }
  type RecordConnection { totalCount: Int! edges: [RecordEdge!]! }
  type RecordEdge { cursor: String! node: Record! }
  type Record { id: ID! fields: String! cells: [Cell!]! }
  interface Cell { name: String! }
  type LinkCell implements Cell { name: String! records: [Record!]! }
  type User { id: ID! }
`);

function cost(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  return operationCost(schema, document, getOperationAST(document)!, variables);
}

describe('operation cost', () => {
  it("sizes the lists inside a connection by the connection's page size", () => {
    expect(cost('{ records(first: 1000) { totalCount edges { node { id fields } } } }')).toBe(
      1 + 1 + (1 + 1000 * (1 + 2)),
    );
    expect(cost('{ records(first: 0) { totalCount } }')).toBe(2);
  });

  it("uses a variable's value, then the operation's default, then the schema's default", () => {
    const query = 'query ($n: Int) { records(first: $n) { edges { cursor } } }';
    expect(cost(query, { n: 7 })).toBe(1 + 1 + 7);
    expect(cost('query ($n: Int = 3) { records(first: $n) { edges { cursor } } }')).toBe(1 + 1 + 3);
    expect(cost(query)).toBe(1 + 1 + 50);
    expect(cost('{ search { id } }')).toBe(1 + DEFAULT_LIST_SIZE);
    expect(cost('{ search(first: 4) { id } }')).toBe(1 + 4);
  });

  it('counts every alias, nested lists multiplied, and no introspection or __typename', () => {
    expect(cost('{ a: me { id } b: me { id } c: me { id __typename } }')).toBe(6);
    expect(cost('{ search(first: 2) { cells { ... on LinkCell { records { id } } } } }')).toBe(
      1 + 2 * (1 + DEFAULT_LIST_SIZE * (1 + DEFAULT_LIST_SIZE)),
    );
    expect(cost('{ __schema { types { name fields { name } } } tags }')).toBe(1);
  });

  it('measures each fragment once, so a doubling chain is costed without walking it', () => {
    const fragments = Array.from(
      { length: 40 },
      (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`,
    );
    const query = `{ ...F0 }\n${fragments.join('\n')}\nfragment F40 on Query { me { id } }`;
    expect(cost(query)).toBe(2 ** 40 * 2);
  });
});
