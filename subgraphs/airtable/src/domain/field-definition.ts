import type { FieldDefinition } from '@pyairtable/airtable-api';
import { badUserInput } from '@pyairtable/subgraph-kit';

export interface FieldInput {
  name: string;
  type: string;
  description?: string | null;
  options?: unknown;
}

/** A table or field name, trimmed; BAD_USER_INPUT naming `argument` when empty or too long. */
export function checkName(value: string, argument: string): string {
  const name = value.trim();
  if (!name || name.length > 255)
    throw badUserInput('Give a name of 1 to 255 characters.', argument);
  return name;
}

/** A field as Airtable's metadata API takes it, checked. */
export function fieldDefinition(field: FieldInput, argument: string): FieldDefinition {
  const options = field.options;
  if (
    options !== undefined &&
    options !== null &&
    (typeof options !== 'object' || Array.isArray(options))
  )
    throw badUserInput('Field options must be an object.', `${argument}.options`);
  return {
    name: checkName(field.name, `${argument}.name`),
    type: field.type.trim(),
    ...(field.description ? { description: field.description } : {}),
    ...(options ? { options: options as Record<string, unknown> } : {}),
  };
}
