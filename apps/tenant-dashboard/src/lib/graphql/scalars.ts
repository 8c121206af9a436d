// The API's JSON scalar is any JSON value. Record fields and field options are always objects:
// these read them as objects, so a page never indexes into something else.

/** A JSON value as an object, or null when it is not one. */
export function jsonObject(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}
