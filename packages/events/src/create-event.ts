import { randomUUID } from 'node:crypto';
import { PlatformEventSchema, type EventOfType, type PlatformEventType } from './platform-event.ts';

/** What a caller gives `createEvent`: everything but `type`, `id` and `occurredAt`. */
export type EventFields<T extends PlatformEventType> = Omit<
  EventOfType<T>,
  'type' | 'id' | 'occurredAt'
>;

/** Builds a validated event of `type`, filling a fresh `id` and `occurredAt` from the clock. */
export function createEvent<T extends PlatformEventType>(
  type: T,
  fields: EventFields<T>,
  clock: () => Date = () => new Date(),
): EventOfType<T> {
  const event = { ...fields, type, id: randomUUID(), occurredAt: clock().toISOString() };
  // Fail where the event is made, not later inside publish.
  return PlatformEventSchema.parse(event) as EventOfType<T>;
}
