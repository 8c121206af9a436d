import { describe, expect, it } from 'vitest';
import { operationTarget } from '../src/audit/operation-target.ts';
import { restOutcome, restWriteEntry } from '../src/audit/rest-write-entry.ts';

describe('gateway: what an audit entry says an operation touched', () => {
  it('keeps ids, names and roles of the arguments and never their other values', () => {
    expect(
      operationTarget('updateRecords', {
        baseId: 'app1',
        tableId: 'tbl1',
        records: [
          { id: 'rec1', fields: { Name: 'secret value', Stage: 'Won' } },
          { id: 'rec2', fields: { Name: 'x' } },
        ],
      }),
    ).toEqual({
      baseId: 'app1',
      tableId: 'tbl1',
      recordIds: ['rec1', 'rec2'],
      fieldNames: ['Name', 'Stage'],
    });
    const connect = operationTarget('connectAirtable', {
      input: { workspaceId: 'w1', name: 'Main', token: 'patSecret123' },
    });
    expect(connect).toEqual({ workspaceId: 'w1' });
    expect(
      operationTarget('logIn', { input: { email: 'A@Example.com', password: 'hunter22' } }),
    ).toEqual({ email: 'a@example.com' });
    expect(operationTarget('base', { id: 'app9' })).toEqual({ id: 'app9', baseId: 'app9' });
  });

  it('reads /v0 writes: base, table, records from path, query and body, and the outcome', () => {
    expect(
      restWriteEntry(
        'PATCH',
        '/v0/app1/Deals',
        Buffer.from(JSON.stringify({ records: [{ id: 'rec1', fields: { Stage: 'Won' } }] })),
      ),
    ).toEqual({
      operation: 'rest.updateRecords',
      target: {
        method: 'PATCH',
        baseId: 'app1',
        tableId: 'Deals',
        recordIds: ['rec1'],
        fieldNames: ['Stage'],
      },
    });
    expect(
      restWriteEntry('DELETE', '/v0/app1/Deals?records[]=rec1&records[]=rec2', undefined),
    ).toMatchObject({
      target: { recordIds: ['rec1', 'rec2'] },
    });
    expect(restWriteEntry('GET', '/v0/app1/Deals', undefined)).toBeNull();
    expect(restOutcome(422, Buffer.from('{"error":{"type":"INVALID_VALUE_FOR_COLUMN"}}'))).toEqual({
      outcome: 'refused',
      errorCode: 'INVALID_VALUE_FOR_COLUMN',
    });
    expect(restOutcome(503, Buffer.from('oops'))).toEqual({
      outcome: 'failed',
      errorCode: 'HTTP_503',
    });
  });
});
