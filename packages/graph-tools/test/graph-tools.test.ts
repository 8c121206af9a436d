import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  loadGraphTools,
  runGraphTool,
  snakeCase,
  toolFromSource,
  type ExecuteOperation,
  type GraphTool,
} from '../src/index.ts';

const CONTRACT_TOOLS = [
  'list_bases',
  'list_tables',
  'describe_table',
  'list_records',
  'search_records',
  'get_record',
  'create_records',
  'update_records',
  'upsert_records',
  'delete_records',
  'create_table',
  'create_field',
  'analyze_table',
  'find_duplicates',
  'export_csv',
  'sync_tables',
  'list_comments',
  'add_comment',
  'list_workflows',
  'run_workflow',
  'get_workflow_run',
];

function tool(name: string): GraphTool {
  const found = loadGraphTools().find((t) => t.name === name);
  if (!found) throw new Error(`no tool ${name}`);
  return found;
}

describe('loadGraphTools', () => {
  it('loads one described tool per operation file, validated against the API schema', () => {
    const tools = loadGraphTools();
    expect(tools.map((t) => t.name)).toEqual(expect.arrayContaining(CONTRACT_TOOLS));
    expect(new Set(tools.map((t) => t.name)).size).toBe(tools.length);
    for (const t of tools) {
      expect(t.name).toMatch(/^[a-z]+(_[a-z]+)*$/);
      expect(t.description.length).toBeGreaterThan(20);
      expect(t.description).not.toMatch(/(^|\s)\$\w+:/);
      expect(t.inputSchema).toMatchObject({ type: 'object', additionalProperties: false });
    }
  });

  it('marks mutations as mutating and queries as not', () => {
    expect(tool('list_records').mutates).toBe(false);
    expect(tool('update_records').mutates).toBe(true);
    expect(tool('update_records').document).toMatch(/^mutation UpdateRecords/);
    expect(tool('list_comments').mutates).toBe(false);
    expect(tool('list_comments').inputSchema.required).toEqual(['baseId', 'tableId', 'recordId']);
    expect(tool('add_comment').mutates).toBe(true);
    expect(tool('add_comment').inputSchema.required).toEqual([
      'baseId',
      'tableId',
      'recordId',
      'text',
    ]);
    expect(tool('add_comment').inputSchema.properties).toHaveProperty('confirm');
  });

  it('derives list_records input from its variables and the schema', () => {
    const schema = tool('list_records').inputSchema;
    expect(schema.required).toEqual(['baseId', 'tableId']);
    expect(schema.properties.first).toMatchObject({ type: 'integer', default: 50 });
    expect(schema.properties.fields).toMatchObject({
      type: 'array',
      items: { type: 'string' },
      // From the operation's own comment, which overrides the schema argument's description.
      description:
        'Field names or ids to return; all when omitted (smaller answers for wide tables).',
    });
    expect(schema.properties.filterByFormula).toMatchObject({
      type: 'string',
      description: expect.stringContaining('formula'),
    });
    expect(schema.properties.sort).toEqual({
      type: 'array',
      items: {
        type: 'object',
        properties: {
          field: { type: 'string' },
          direction: { type: 'string', enum: ['ASC', 'DESC'], default: 'ASC' },
        },
        required: ['field'],
        additionalProperties: false,
      },
    });
  });

  it('describes input objects and lets JSON cells take any value', () => {
    const updates = tool('update_records').inputSchema.properties.records as any;
    expect(updates.type).toBe('array');
    expect(updates.items.required).toEqual(['id', 'fields']);
    expect(updates.items.properties.id).toEqual({ type: 'string' });
    const creates = tool('create_records').inputSchema.properties.records as any;
    expect(creates.items.properties.fields.type).toBeUndefined();
    expect(creates.items.properties.fields.description).toBe('Cell values by field name or id.');
  });
});

describe('toolFromSource', () => {
  const schema = buildSchema(`
    "Any JSON value."
    scalar JSON
    "How loud."
    enum Level { LOW HIGH }
    input Filter { "The level." level: Level!, tags: [String!], extra: JSON, nested: Filter }
    type Query { items(filter: Filter, "Max items." limit: Int!): [String!]! }
    type Mutation { clear(ids: [ID!]!): Boolean! }
  `);

  it('maps enums, non-null, lists, input objects and JSON to JSON Schema', () => {
    const t = toolFromSource(
      '# Lists items.\n# $filter: Which items.\nquery ListItems($filter: Filter, $limit: Int!) { items(filter: $filter, limit: $limit) }',
      schema,
    );
    expect(t.name).toBe('list_items');
    expect(t.description).toBe('Lists items.');
    expect(t.inputSchema.required).toEqual(['limit']);
    expect(t.inputSchema.properties.limit).toEqual({ type: 'integer', description: 'Max items.' });
    const filter = t.inputSchema.properties.filter as any;
    expect(filter.description).toBe('Which items.');
    expect(filter.required).toEqual(['level']);
    expect(filter.properties.level).toEqual({
      type: 'string',
      enum: ['LOW', 'HIGH'],
      description: 'The level.',
    });
    expect(filter.properties.tags).toEqual({ type: 'array', items: { type: 'string' } });
    expect(filter.properties.extra).toEqual({ description: 'Any JSON value.' });
    expect(filter.properties.nested).toEqual({ type: 'object' });
  });

  it('refuses an operation that does not validate against the schema', () => {
    expect(() => toolFromSource('# Bad.\nquery Bad { nope }', schema)).toThrow(/nope/);
  });

  it('refuses an operation without a description or a name', () => {
    expect(() => toolFromSource('query NoDoc { items(limit: 1) }', schema)).toThrow(/description/);
    expect(() => toolFromSource('# Doc.\n{ items(limit: 1) }', schema)).toThrow(/named/);
  });

  it('names tools in snake_case', () => {
    expect(snakeCase('ListRecords')).toBe('list_records');
    expect(snakeCase('ExportCSV')).toBe('export_csv');
    expect(snakeCase('FindDuplicates')).toBe('find_duplicates');
  });
});

describe('runGraphTool', () => {
  const ok: ExecuteOperation = async (_document, variables) => ({ data: { echo: variables } });

  it('runs the operation with coerced variables and returns its data', async () => {
    const calls: unknown[] = [];
    const result = await runGraphTool(
      tool('list_records'),
      { baseId: 'app1', tableId: 'Deals', sort: [{ field: 'Amount' }] },
      async (document, variables) => {
        calls.push({ document, variables });
        return { data: { records: { totalCount: 0 } } };
      },
    );
    expect(result).toEqual({ ok: true, data: { records: { totalCount: 0 } } });
    expect(calls).toEqual([
      {
        document: tool('list_records').document,
        variables: {
          baseId: 'app1',
          tableId: 'Deals',
          first: 50,
          sort: [{ field: 'Amount', direction: 'ASC' }],
        },
      },
    ]);
  });

  it('names a missing or mistyped argument instead of running', async () => {
    const missing = await runGraphTool(tool('list_records'), { baseId: 'app1' }, ok);
    expect(missing).toEqual({
      ok: false,
      code: 'BAD_USER_INPUT',
      error: 'Argument "tableId" of required type "ID!" was not provided.',
    });
    const wrong = await runGraphTool(
      tool('list_records'),
      { baseId: 'app1', tableId: 't', first: 'ten' },
      ok,
    );
    expect(wrong.ok === false && wrong.error).toMatch(/^Argument "first" got invalid value "ten"/);
    const badEnum = await runGraphTool(
      tool('list_records'),
      { baseId: 'app1', tableId: 't', sort: [{ field: 'A', direction: 'UP' }] },
      ok,
    );
    expect(badEnum.ok === false && badEnum.error).toMatch(/direction.*UP|UP.*SortDirection/);
  });

  it('refuses unknown arguments and non-object arguments', async () => {
    const unknown = await runGraphTool(
      tool('get_record'),
      { baseId: 'a', tableId: 't', id: 'r', x: 1 },
      ok,
    );
    expect(unknown).toMatchObject({ ok: false, code: 'BAD_USER_INPUT' });
    expect(unknown.ok === false && unknown.error).toContain('Unknown argument "x"');
    const array = await runGraphTool(tool('list_bases'), [], ok);
    expect(array).toMatchObject({ ok: false, code: 'BAD_USER_INPUT' });
  });

  it('returns the graph error message and code', async () => {
    const result = await runGraphTool(
      tool('get_record'),
      { baseId: 'a', tableId: 't', id: 'r' },
      async () => ({
        data: null,
        errors: [{ message: 'You need the EDITOR role.', extensions: { code: 'FORBIDDEN' } }],
      }),
    );
    expect(result).toEqual({
      ok: false,
      error: 'You need the EDITOR role.',
      code: 'FORBIDDEN',
      hint: expect.stringContaining('workspace admin'),
    });
  });

  it('reports an unreachable API as UPSTREAM_UNAVAILABLE', async () => {
    const result = await runGraphTool(tool('list_bases'), {}, async () => {
      throw new Error('connect ECONNREFUSED');
    });
    expect(result).toMatchObject({ ok: false, code: 'UPSTREAM_UNAVAILABLE' });
  });
});
