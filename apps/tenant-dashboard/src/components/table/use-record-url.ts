'use client';
import { useSearchParams } from 'next/navigation';
import { useCallback, useRef } from 'react';
import type { FieldMeta } from '../../lib/graphql/airtable.ts';
import type { RecordNode } from '../../lib/graphql/records.ts';

/**
 * What the URL says about a table: the search (?q=), the open record (?record=) and the field
 * to focus in it (?field=), and the ways to change them.
 */
export function useRecordUrl() {
  const params = useSearchParams();
  // Search parameters change through the History API: Next.js's router follows it without
  // asking the server for the page again.
  const setUrl = useCallback((change: (params: URLSearchParams) => void) => {
    const next = new URLSearchParams(window.location.search);
    change(next);
    window.history.replaceState(
      null,
      '',
      `${window.location.pathname}${next.size ? `?${next}` : ''}`,
    );
  }, []);
  const gridFocus = useRef<HTMLElement | null>(null);
  const openRecord = useCallback(
    (record: RecordNode, field: FieldMeta | undefined) => {
      gridFocus.current = document.activeElement as HTMLElement | null;
      setUrl((p) => {
        p.set('record', record.id);
        if (field) p.set('field', field.name);
        else p.delete('field');
      });
    },
    [setUrl],
  );
  const closeRecord = useCallback(() => {
    setUrl((p) => {
      p.delete('record');
      p.delete('field');
    });
    // Back to where the person was in the grid.
    requestAnimationFrame(() =>
      (
        gridFocus.current ?? document.querySelector<HTMLElement>('[data-testid="records-grid"]')
      )?.focus(),
    );
  }, [setUrl]);
  return {
    search: params.get('q') ?? '',
    openRecordId: params.get('record'),
    focusField: params.get('field') ?? undefined,
    openRecord,
    closeRecord,
    clearSearch: () => setUrl((p) => p.delete('q')),
  };
}
