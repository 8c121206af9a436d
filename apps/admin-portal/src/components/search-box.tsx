'use client';
import { useState, type FormEvent } from 'react';

/** A search field that applies on submit (Enter or the button), so each keystroke is not a query. */
export function SearchBox({
  label,
  onSearch,
}: {
  label: string;
  onSearch: (value: string) => void;
}) {
  const [value, setValue] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(value.trim());
  };
  return (
    <form className="search" role="search" onSubmit={submit}>
      <input
        type="search"
        aria-label={label}
        placeholder={label}
        value={value}
        onChange={(event) => setValue(event.target.value)}
      />
      <button type="submit" className="button">
        Search
      </button>
    </form>
  );
}

/** Previous / next for a cursor-paged list; `cursors` is the stack of pages seen. */
export function Pager({
  page,
  hasNext,
  onPrevious,
  onNext,
  total,
}: {
  page: number;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
  total: number;
}) {
  return (
    <nav className="pager" aria-label="Pages">
      <span>
        {total} in all · page {page + 1}
      </span>
      <button type="button" className="button" disabled={page === 0} onClick={onPrevious}>
        Previous
      </button>
      <button type="button" className="button" disabled={!hasNext} onClick={onNext}>
        Next
      </button>
    </nav>
  );
}
