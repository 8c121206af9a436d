'use client';
import { useState } from 'react';

/** The search and the cursor stack of a paged list: a new search starts at the first page. */
export function usePages() {
  const [search, setSearch] = useState('');
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return {
    variables: { search: search || null, after: cursors.at(-1) ?? null },
    page: cursors.length - 1,
    setSearch: (value: string) => {
      setSearch(value);
      setCursors([null]);
    },
    next: (cursor: string | null | undefined) => cursor && setCursors((c) => [...c, cursor]),
    previous: () => setCursors((c) => (c.length > 1 ? c.slice(0, -1) : c)),
  };
}
