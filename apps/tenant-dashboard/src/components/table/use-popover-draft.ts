'use client';
import { useCallback, useId, useRef, useState } from 'react';
import { useDismiss } from '../ui.tsx';

/**
 * A toolbar popover that edits a copy of a value: opening it starts from the value, Escape or
 * a click outside closes it without applying.
 */
export function usePopoverDraft<T>(value: T) {
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState(value);
  const ref = useRef<HTMLDivElement>(null);
  const close = useCallback(() => setOpen(false), []);
  useDismiss(open, ref, close);
  const headingId = useId();
  /** Opens it on a fresh copy of the value, or closes it. */
  const toggle = () => {
    setDraft(value);
    setOpen(!open);
  };
  return { open, toggle, close, draft, setDraft, ref, headingId };
}
