import { randomBytes } from 'node:crypto';
import { createEvent, serializeEvent, type EventFields } from '../src/index.ts';

/** A channel no other test uses. */
export const uniqueChannel = () => `test_${randomBytes(5).toString('hex')}`;

export const recordChanged = (fields: Partial<EventFields<'record.changed'>> = {}) =>
  createEvent('record.changed', {
    workspaceId: 'ws-a',
    baseId: 'appBase1',
    tableId: 'tblTable1',
    recordId: 'recRecord1',
    kind: 'UPDATED',
    changedFields: ['fldName', 'fldStatus'],
    source: 'sync',
    ...fields,
  });

export const schemaChanged = (fields: Partial<EventFields<'table.schemaChanged'>> = {}) =>
  createEvent('table.schemaChanged', {
    workspaceId: 'ws-a',
    baseId: 'appBase1',
    tableId: 'tblTable1',
    ...fields,
  });

export const syncProgress = (fields: Partial<EventFields<'sync.progress'>> = {}) =>
  createEvent('sync.progress', {
    workspaceId: 'ws-a',
    baseId: 'appBase1',
    status: 'SYNCING',
    recordsDone: 120,
    recordsTotal: null,
    tablesDone: 1,
    tablesTotal: 3,
    ...fields,
  });

/** A record.changed event whose wire message is exactly `bytes` long (field ids are ≤ 255 chars). */
export function recordChangedOfSize(bytes: number) {
  const event = recordChanged({ changedFields: [] });
  let remaining = bytes - serializeEvent(event).length;
  const fields: string[] = [];
  const cost = () => (fields.length ? 3 : 2); // quotes, and a comma after the first
  while (remaining > 250) {
    remaining -= cost() + 200;
    fields.push('x'.repeat(200));
  }
  fields.push('x'.repeat(remaining - cost()));
  return { ...event, changedFields: fields };
}
