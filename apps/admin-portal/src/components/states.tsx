import type { ReactNode } from 'react';

const SUMMARIES: Record<string, string> = {
  UNAUTHENTICATED: 'Your session has ended. Please sign in again.',
  FORBIDDEN: 'This needs a platform administrator.',
  NOT_FOUND: 'That could not be found.',
  BAD_USER_INPUT: 'Please check what you entered.',
  CONFLICT: 'That clashes with the current state of things.',
  RATE_LIMITED: 'Too many attempts in a short time. Try again in a moment.',
  UPSTREAM_UNAVAILABLE: 'A service is not answering right now. Try again in a moment.',
};

/** An error as a sentence for operators: the server's message when it says more. */
export function describeError(error: unknown): string {
  const errors = (error as { errors?: { message: string; extensions?: { code?: string } }[] })
    ?.errors;
  const first = Array.isArray(errors) ? errors[0] : undefined;
  const code = first?.extensions?.code;
  if (first && code && code !== 'INTERNAL_SERVER_ERROR')
    return first.message && first.message !== 'Unexpected error.'
      ? first.message
      : (SUMMARIES[code] ?? first.message);
  if (error instanceof Error && /fetch|network/i.test(error.message))
    return 'The platform API is not reachable right now. Try again in a moment.';
  return 'Something went wrong on our side.';
}

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <div className="state" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label}
    </div>
  );
}

export function EmptyState({ children }: { children: ReactNode }) {
  return <div className="state empty">{children}</div>;
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return (
    <div className="state error" role="alert">
      <p>{describeError(error)}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}

/** Formats an ISO date-time for a table cell (the operator's locale, UTC shown as such). */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  return (
    new Date(value).toLocaleString('en-GB', {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'UTC',
    }) + ' UTC'
  );
}
