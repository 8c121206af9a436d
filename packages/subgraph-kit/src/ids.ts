import { notFound } from './errors.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Returns the id when it is a UUID; any other string cannot name a `type`, so NOT_FOUND. */
export function uuidOrNotFound(id: string, type: string): string {
  if (!UUID.test(id)) throw notFound(type, id);
  return id.toLowerCase();
}
