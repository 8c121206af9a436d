import { collect, connectGraphqlWs } from '@pyairtable/testing';
import { describe, expect, it } from 'vitest';
import { signUp, useStack } from './stack.ts';

/** A query whose fragments each spread the next: `n` fragments, about 8 tokens each. */
function chainedFragments(operation: 'query' | 'subscription', n: number): string {
  const root =
    operation === 'query'
      ? '{ ...F0 }'
      : '{ recordChanged(baseId: "app1", tableId: "tbl1") { record { ...F0 } } }';
  const type = operation === 'query' ? 'Query' : 'Record';
  const fragments = Array.from({ length: n }, (_, i) =>
    i < n - 1
      ? `fragment F${i} on ${type} { ...F${i + 1} }`
      : `fragment F${i} on ${type} { __typename }`,
  );
  return `${operation} ${root}\n${fragments.join('\n')}`;
}

const aliases = (n: number) =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: me { id }`).join(' ')} bogus }`;

// Each level goes through a linked record's cells: two levels of depth, two lists of 10.
function linkedCells(levels: number, leaf = 'id'): string {
  let selection = leaf;
  for (let i = 0; i < levels; i++)
    selection = `cells { ... on LinkCell { records { ${selection} } } }`;
  return selection;
}

const RECORDS = (first: string) =>
  `records(baseId: "app1", tableId: "tbl1", first: ${first}) { edges { node { id fields createdTime } } }`;

describe('request limits over HTTP', () => {
  it('stops parsing a document at the token limit', async () => {
    const stack = await useStack();
    const res = await stack.execute(chainedFragments('query', 3_000));
    expect(res.status).toBe(400);
    expect(res.errors).toHaveLength(1);
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(res.errors?.[0]?.message).toMatch(/more th\w+ 2000 tokens/);
  });

  it('refuses too many aliases, directives or fragments before validating the document', async () => {
    const stack = await useStack();
    // `bogus` is not a field: the spec's validation would report it, had it run.
    const aliased = await stack.execute(aliases(31));
    expect(aliased.status).toBe(400);
    expect(aliased.errors).toEqual([
      {
        message: 'Aliases limit of 30 exceeded, found 31.',
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      },
    ]);
    expect((await stack.execute(aliases(30))).errors?.[0]?.message).toMatch(/bogus/);

    const directives = await stack.execute(
      `{ me { ${Array.from({ length: 51 }, () => 'id @include(if: true)').join(' ')} } bogus }`,
    );
    expect(directives.errors?.map((e) => e.message)).toEqual([
      'Directives limit of 50 exceeded, found 51.',
    ]);

    const fragments = await stack.execute(
      `{ ${Array.from({ length: 51 }, (_, i) => `...F${i}`).join(' ')} bogus }\n` +
        Array.from({ length: 51 }, (_, i) => `fragment F${i} on Query { __typename }`).join('\n'),
    );
    expect(fragments.errors?.map((e) => e.message)).toEqual([
      'Fragment limit of 50 exceeded, found 51.',
    ]);
  });

  it('counts page sizes in the cost: literal, from variables, schema defaults, and every alias', async () => {
    const stack = await useStack();
    const person = await signUp(stack, 'Costly');
    const refused = (res: Awaited<ReturnType<typeof stack.execute>>) =>
      res.errors?.some(
        (e) => e.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' && /cost/.test(e.message),
      ) ?? false;

    // One page of 1,000 records is within the limit; ten of them at once are not.
    expect(refused(await stack.execute(`{ ${RECORDS('1000')} }`, {}, person.accessToken))).toBe(
      false,
    );
    const aliased = await stack.execute(
      `{ ${Array.from({ length: 10 }, (_, i) => `p${i}: ${RECORDS('1000')}`).join(' ')} }`,
      {},
      person.accessToken,
    );
    expect(aliased.status).toBe(400);
    expect(aliased.errors?.[0]?.message).toMatch(/Query cost \d+ exceeds the limit of 20000/);

    // Validation cannot see a variable's value; the cost is checked again with it.
    const BY_VARIABLE = `query ($n: Int!) { ${RECORDS('$n')} }`;
    const big = await stack.execute(BY_VARIABLE, { n: 100_000 }, person.accessToken);
    expect(big.status).toBe(400);
    expect(refused(big)).toBe(true);
    expect(refused(await stack.execute(BY_VARIABLE, { n: 100 }, person.accessToken))).toBe(false);

    // `conversations` pages 20 by default, `messages` the last 100.
    const MESSAGES = (args: string) =>
      `{ conversations(workspaceId: "00000000-0000-0000-0000-000000000000") { id messages${args} { id content role status toolCalls { id name } } } }`;
    expect(refused(await stack.execute(MESSAGES(''), {}, person.accessToken))).toBe(true);
    expect(refused(await stack.execute(MESSAGES('(last: 2)'), {}, person.accessToken))).toBe(false);
  });
});

describe('request limits over graphql-ws', () => {
  it('holds subscriptions to the same limits as HTTP operations', async () => {
    const stack = await useStack();
    const person = await signUp(stack, 'Live');
    const client = connectGraphqlWs(stack.gatewayUrl, person.accessToken);
    const refusal = async (query: string, variables: Record<string, unknown> = {}) => {
      const stream = collect(client, query, variables);
      await stream.next(1);
      return ((stream.errors[0] ?? []) as { message: string; extensions?: { code?: string } }[])[0];
    };
    const SUBSCRIBE = (selection: string) =>
      `subscription { recordChanged(baseId: "app1", tableId: "tbl1") { record { ${selection} } } }`;

    expect(await refusal(chainedFragments('subscription', 3_000))).toMatchObject({
      message: expect.stringMatching(/2000 tokens/),
      extensions: { code: 'GRAPHQL_PARSE_FAILED' },
    });
    expect(await refusal(SUBSCRIBE(linkedCells(21)))).toMatchObject({
      message: expect.stringMatching(/^Query depth limit of 12 exceeded, found \d+\.$/),
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(await refusal(SUBSCRIBE(linkedCells(4)))).toMatchObject({
      message: expect.stringMatching(/Query cost \d+ exceeds the limit of 20000/),
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(
      await refusal(SUBSCRIBE(Array.from({ length: 31 }, (_, i) => `a${i}: id`).join(' '))),
    ).toMatchObject({ message: 'Aliases limit of 30 exceeded, found 31.' });

    // Within the limits, a subscription goes on to its own checks (no such base here).
    const allowed = collect(client, SUBSCRIBE(linkedCells(1)), {});
    await allowed.next(1);
    expect(allowed.errors).toEqual([]);
    expect(allowed.results[0].errors[0].extensions.code).toMatch(/^(NOT_FOUND|FORBIDDEN)$/);
  });

  it('serves only subscriptions: queries and mutations go over HTTP', async () => {
    const stack = await useStack();
    const person = await signUp(stack, 'Socket');
    const stream = collect(
      connectGraphqlWs(stack.gatewayUrl, person.accessToken),
      '{ me { email } }',
      {},
    );
    await stream.next(1);
    expect(stream.results).toEqual([]);
    expect(stream.errors[0]).toEqual([
      {
        message: 'Send subscriptions here; queries and mutations go over HTTP.',
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      },
    ]);
  });
});
