import { describe, expect, it } from 'vitest';
import { createEvent, MAX_EVENT_BYTES, parseEventPayload, serializeEvent } from '../src/index.ts';
import { recordChanged, recordChangedOfSize, syncProgress } from './factories.ts';

describe('createEvent', () => {
  it('fills a fresh id and the occurrence time from the clock', () => {
    const clock = () => new Date('2025-03-01T12:00:00.000Z');

    const first = createEvent(
      'table.schemaChanged',
      { workspaceId: 'w', baseId: 'b', tableId: 't' },
      clock,
    );
    const second = createEvent(
      'table.schemaChanged',
      { workspaceId: 'w', baseId: 'b', tableId: 't' },
      clock,
    );

    expect(first).toEqual({
      type: 'table.schemaChanged',
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      occurredAt: '2025-03-01T12:00:00.000Z',
      workspaceId: 'w',
      baseId: 'b',
      tableId: 't',
    });
    expect(second.id).not.toBe(first.id);
  });

  it('refuses fields that do not make a valid event', () => {
    expect(() => syncProgress({ recordsDone: -1 })).toThrow();
    expect(() => recordChanged({ kind: 'MOVED' as 'CREATED' })).toThrow();
  });
});

describe('the wire format', () => {
  it('reads back what it writes', () => {
    const event = syncProgress({ status: 'READY', recordsTotal: 1420 });

    expect(parseEventPayload(serializeEvent(event))).toEqual({ ok: true, event });
  });

  it('ignores fields it does not know, so newer publishers do not break older consumers', () => {
    const event = recordChanged();

    const parsed = parseEventPayload(JSON.stringify({ ...event, addedLater: 1 }));

    expect(parsed).toEqual({ ok: true, event });
  });

  it('says why a message is not an event', () => {
    const parsed = parseEventPayload(
      JSON.stringify({ ...recordChanged(), source: 'carrier-pigeon' }),
    );

    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error.message).toMatch(/record\.changed[\s\S]*source/);
  });

  it('accepts an event of exactly the size limit and refuses one byte more, counting bytes', () => {
    expect(serializeEvent(recordChangedOfSize(MAX_EVENT_BYTES))).toHaveLength(MAX_EVENT_BYTES);
    expect(() => serializeEvent(recordChangedOfSize(MAX_EVENT_BYTES + 1))).toThrow(RangeError);
    // Three bytes in UTF-8, one character in JavaScript.
    const wide = recordChanged({ changedFields: Array(27).fill('€'.repeat(100)) });
    expect(() => serializeEvent(wide)).toThrow(/is 8\d{3} bytes/);
  });
});
