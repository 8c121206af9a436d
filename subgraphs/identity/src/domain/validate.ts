import { z } from 'zod';
import { badUserInput } from '@pyairtable/subgraph-kit';

const Email = z.string().trim().toLowerCase().max(254).email();
const Password = z
  .string()
  .min(8, 'Password must be at least 8 characters.')
  .max(200, 'Password must be at most 200 characters.');
const Name = z
  .string()
  .trim()
  .min(1, 'Name is required.')
  .max(100, 'Name must be at most 100 characters.');

function check<T>(schema: z.ZodType<T>, value: unknown, field: string, message?: string): T {
  const result = schema.safeParse(value);
  if (!result.success)
    throw badUserInput(message ?? result.error.issues[0]?.message ?? 'Invalid value.', field);
  return result.data;
}

/** A normalised (trimmed, lowercased) email, or BAD_USER_INPUT. */
export const validEmail = (value: string) =>
  check(Email, value, 'email', 'Enter a valid email address.');
/** A password within length limits, or BAD_USER_INPUT. */
export const validPassword = (value: string, field = 'password') => check(Password, value, field);
/** A display name, or BAD_USER_INPUT. */
export const validName = (value: string, field = 'name') => check(Name, value, field);
