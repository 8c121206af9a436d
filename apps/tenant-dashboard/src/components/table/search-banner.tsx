'use client';
import { Button } from '../ui.tsx';

/** What a search shows, and a way through its matches: previous, next, n of m. */
export function SearchBanner({
  search,
  matches,
  current,
  onStep,
  onClear,
}: {
  search: string;
  /** Cells holding the searched words among the records shown. */
  matches: number;
  /** The match the active cell is on (0-based), or null before the first jump. */
  current: number | null;
  onStep(delta: 1 | -1): void;
  onClear(): void;
}) {
  return (
    <div className="banner search-banner">
      <span>Showing the records that best match “{search}”.</span>
      {matches > 0 ? (
        <span className="search-steps">
          <span aria-live="polite">
            {current === null
              ? `${matches} ${matches === 1 ? 'cell matches' : 'cells match'}`
              : `Match ${current + 1} of ${matches}`}
          </span>
          <Button size="small" variant="ghost" onClick={() => onStep(-1)}>
            Previous match
          </Button>
          <Button size="small" variant="ghost" onClick={() => onStep(1)}>
            Next match
          </Button>
        </span>
      ) : null}
      <Button size="small" variant="ghost" onClick={onClear}>
        Clear search
      </Button>
    </div>
  );
}
