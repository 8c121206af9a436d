import { describe, expect, it } from 'vitest';
import { describeError, errorText } from '../src/lib/errors.ts';

const graphQL = (code: string, message: string, extensions: Record<string, unknown> = {}) => ({
  errors: [{ message, extensions: { code, ...extensions } }],
});

describe('errors in words', () => {
  it('turns every gateway code into a sentence and never shows the code', () => {
    for (const code of [
      'UNAUTHENTICATED',
      'FORBIDDEN',
      'NOT_FOUND',
      'BAD_USER_INPUT',
      'CONFLICT',
      'RATE_LIMITED',
      'UPSTREAM_UNAVAILABLE',
      'INTERNAL_SERVER_ERROR',
    ]) {
      const text = errorText(graphQL(code, code));
      expect(text).not.toContain(code);
      expect(text).toMatch(/^[A-Z].*\.$/);
    }
  });

  it('keeps the server’s explanation of bad input, which names the problem', () => {
    expect(
      describeError(graphQL('BAD_USER_INPUT', 'Unknown field "Amout" in table Deals.')),
    ).toEqual({
      summary: 'Please check what you entered.',
      detail: 'Unknown field "Amout" in table Deals.',
    });
  });

  it('drops a server message that only repeats the summary', () => {
    expect(describeError(graphQL('FORBIDDEN', 'You do not have access to this.'))).toEqual({
      summary: 'You do not have permission to do that here.',
    });
  });

  it('says when to try again after too many attempts', () => {
    expect(
      describeError(
        graphQL('RATE_LIMITED', 'Too many attempts. Try again later.', { retryAfterSeconds: 30 }),
      ).summary,
    ).toBe('Too many attempts in a short time. Try again in 30 seconds.');
    expect(
      describeError(graphQL('RATE_LIMITED', 'x', { retryAfterSeconds: 900 })).summary,
    ).toContain('15 minutes');
  });

  it('describes failures without a GraphQL answer', () => {
    expect(errorText(new TypeError('Failed to fetch'))).toBe(
      'Cannot reach the server. Check your connection and try again.',
    );
    expect(errorText({ statusCode: 502, message: 'Response not successful' })).toContain(
      'not answering',
    );
    expect(
      errorText({
        error: { message: 'Invalid email or password.', extensions: { code: 'UNAUTHENTICATED' } },
      }),
    ).toBe('Your session has ended. Please sign in again. Invalid email or password.');
  });
});
