'use client';
import { useCallback, useState } from 'react';

const HIGHLIGHT_MS = 2600;

export interface Highlight {
  kind: 'CREATED' | 'UPDATED';
  /** Ids of the fields that changed. */
  fields: Set<string>;
  /** Grows with every change, so a second change replays the highlight. */
  seq: number;
}

let highlightSeq = 0;

/** Records changed a moment ago, by id; each highlight fades after a few seconds. */
export function useHighlights() {
  const [highlights, setHighlights] = useState<ReadonlyMap<string, Highlight>>(new Map());
  const highlight = useCallback((id: string, change: Omit<Highlight, 'seq'>) => {
    const value: Highlight = { ...change, seq: ++highlightSeq };
    setHighlights((current) => new Map(current).set(id, value));
    setTimeout(() => {
      setHighlights((current) => {
        if (current.get(id) !== value) return current;
        const next = new Map(current);
        next.delete(id);
        return next;
      });
    }, HIGHLIGHT_MS);
  }, []);
  return { highlights, highlight };
}
