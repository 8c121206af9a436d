import { badUserInput } from '@pyairtable/subgraph-kit';
import { z } from 'zod';

const Name = z
  .string()
  .trim()
  .min(1, 'Workspace name is required.')
  .max(100, 'Workspace name must be at most 100 characters.');
const Email = z.string().trim().toLowerCase().max(254).email('Enter a valid email address.');

/** A trimmed workspace name, or BAD_USER_INPUT. */
export function validWorkspaceName(value: string): string {
  const result = Name.safeParse(value);
  if (!result.success)
    throw badUserInput(result.error.issues[0]?.message ?? 'Invalid name.', 'name');
  return result.data;
}

/** A normalised email, or BAD_USER_INPUT. */
export function validEmail(value: string): string {
  const result = Email.safeParse(value);
  if (!result.success) throw badUserInput('Enter a valid email address.', 'email');
  return result.data;
}
