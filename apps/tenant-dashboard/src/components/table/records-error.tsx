'use client';
import { ErrorMessage } from '../ui.tsx';

/** The records could not load; a formula the server refused is cleared by "Try again". */
export function RecordsError({
  error,
  filterRefused,
  onRetry,
}: {
  error: unknown;
  filterRefused: boolean;
  onRetry(): void;
}) {
  return (
    <div style={{ padding: 12 }}>
      <ErrorMessage error={error} onRetry={onRetry} />
      {filterRefused ? (
        <p className="muted" style={{ marginTop: 6 }}>
          “Try again” clears the filter.
        </p>
      ) : null}
    </div>
  );
}
