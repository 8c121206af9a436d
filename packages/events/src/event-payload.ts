import { z } from 'zod';
import { PlatformEventSchema, type PlatformEvent } from './platform-event.ts';

/** The largest payload any bus carries: PostgreSQL NOTIFY needs it shorter than 8000 bytes. */
export const MAX_EVENT_BYTES = 7999;

/** Validates an event and turns it into the JSON sent on the wire; throws if malformed or too large. */
export function serializeEvent(event: PlatformEvent): string {
  const parsed = PlatformEventSchema.safeParse(event);
  if (!parsed.success) {
    throw new TypeError(`Invalid ${describe(event)}: ${z.prettifyError(parsed.error)}`);
  }
  const payload = JSON.stringify(parsed.data);
  const bytes = Buffer.byteLength(payload, 'utf8');
  if (bytes > MAX_EVENT_BYTES) {
    throw new RangeError(
      `Event ${parsed.data.type} ${parsed.data.id} is ${bytes} bytes; the event bus carries at most ` +
        `${MAX_EVENT_BYTES} (the PostgreSQL NOTIFY limit). Send ids and let consumers load the rest.`,
    );
  }
  return payload;
}

/** The result of reading one message off the wire. */
export type ParsedPayload = { ok: true; event: PlatformEvent } | { ok: false; error: Error };

/** Reads one wire message into an event, or says why it is not one. */
export function parseEventPayload(payload: string): ParsedPayload {
  let value: unknown;
  try {
    value = JSON.parse(payload);
  } catch (error) {
    return { ok: false, error: new Error('Event message is not JSON.', { cause: error }) };
  }
  const parsed = PlatformEventSchema.safeParse(value);
  if (!parsed.success) {
    return {
      ok: false,
      error: new Error(`Invalid ${describe(value)}: ${z.prettifyError(parsed.error)}`),
    };
  }
  return { ok: true, event: parsed.data };
}

function describe(value: unknown): string {
  const type = (value as { type?: unknown } | null)?.type;
  return typeof type === 'string' ? `event ${JSON.stringify(type).slice(0, 80)}` : 'event';
}
