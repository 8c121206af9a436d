'use client';
// The grid as a spreadsheet: the active cell and a range (Shift+arrows, Shift+click), editing
// in place (Enter / F2 / typing), checkboxes toggled by Space or a click, Delete clearing,
// Ctrl+D filling down, copy and paste as TSV, Ctrl+Z / Ctrl+Shift+Z. Keys only count while
// the grid itself has focus.
import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type ClipboardEvent,
  type KeyboardEvent,
} from 'react';
import { readOnlyReason } from '../../lib/cell-text.ts';
import { fieldKind } from '../../lib/field-types.ts';
import type { FieldMeta } from '../../lib/graphql/airtable.ts';
import {
  copyRange,
  planClear,
  planFillDown,
  planPaste,
  rangeOf,
  type CellEdit,
  type CellRange,
} from '../../lib/grid-edits.ts';
import { moveActive, type Cell } from '../../lib/grid-navigation.ts';
import type { RecordList } from '../../lib/record-list.ts';
import type { GridColumn } from '../../lib/use-columns.ts';
import { useToasts } from '../toasts.tsx';
import type { Move } from './cell-editor.tsx';

export interface Editing extends Cell {
  initial: string | null;
}

export interface GridEditingOptions {
  columns: GridColumn[];
  list: RecordList;
  rows: number;
  /** Rows one PageUp / PageDown moves. */
  page(): number;
  canEdit: boolean;
  onEditCells?(edits: CellEdit<FieldMeta>[]): void;
  onUndo?(): void;
  onRedo?(): void;
  open(row: number, col: number): void;
  /** Scrolls a cell into view and gives the grid back its focus. */
  reveal(cell: Cell): void;
  focusGrid(): void;
}

const STEP: Record<Exclude<Move, null>, Cell> = {
  down: { row: 1, col: 0 },
  up: { row: -1, col: 0 },
  right: { row: 0, col: 1 },
  left: { row: 0, col: -1 },
};

export function useGridEditing(options: GridEditingOptions) {
  const { columns, list, rows, canEdit } = options;
  const toasts = useToasts();
  const [active, setActive] = useState<Cell>({ row: 0, col: 0 });
  const [anchor, setAnchor] = useState<Cell | null>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const fields = columns.map((c) => c.field);
  const range: CellRange = rangeOf(anchor ?? active, active);

  const clamp = (cell: Cell): Cell => ({
    row: Math.max(0, Math.min(rows - 1, cell.row)),
    col: Math.max(0, Math.min(columns.length - 1, cell.col)),
  });
  // Keep the active cell inside the grid as it shrinks (filters, deletions).
  const cols = columns.length;
  useEffect(() => {
    setActive((current) => {
      const row = Math.max(0, Math.min(rows - 1, current.row));
      const col = Math.max(0, Math.min(cols - 1, current.col));
      return row === current.row && col === current.col ? current : { row, col };
    });
  }, [rows, cols]);

  const moveTo = (cell: Cell, extend = false) => {
    const next = clamp(cell);
    setAnchor(extend ? (anchor ?? active) : null);
    setActive(next);
    options.reveal(next);
  };

  const send = (edits: CellEdit<FieldMeta>[]) => {
    if (edits.length && options.onEditCells) options.onEditCells(edits);
  };

  /** Why the cell cannot be edited here (null when it can). */
  const lockedReason = (col: number): string | null => {
    const field = fields[col];
    if (!field) return 'There is no cell here.';
    if (!canEdit) return 'Your role in this workspace can view records, not change them.';
    return readOnlyReason(field);
  };

  const toggle = (cell: Cell) => {
    const record = list.records[cell.row];
    const field = fields[cell.col];
    if (!record || !field || lockedReason(cell.col)) return;
    send([{ record, field, value: record.fields[field.name] !== true }]);
  };

  const startEdit = (cell: Cell, initial: string | null) => {
    const field = fields[cell.col];
    if (!list.records[cell.row] || !field) return;
    if (fieldKind(field) === 'checkbox') return toggle(cell);
    const locked = lockedReason(cell.col);
    if (locked) {
      // Links, files, people and computed values are handled in the record.
      if (initial === null) options.open(cell.row, cell.col);
      else toasts.show(locked);
      return;
    }
    setActive(cell);
    setAnchor(null);
    setEditing({ ...cell, initial });
  };

  const finishEdit = (value: unknown, move: Move, committed: boolean) => {
    const cell = editing;
    setEditing(null);
    setProblem(null);
    options.focusGrid();
    if (!cell) return;
    const record = list.records[cell.row];
    const field = fields[cell.col];
    if (committed && record && field) {
      const before = record.fields[field.name];
      const empty = (v: unknown) => v === undefined || v === null || v === '';
      if (!(empty(before) && empty(value)) && JSON.stringify(before) !== JSON.stringify(value))
        send([{ record, field, value }]);
    }
    if (move) moveTo({ row: cell.row + STEP[move].row, col: cell.col + STEP[move].col });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget) return;
    const mod = event.ctrlKey || event.metaKey;
    const key = event.key;
    if (mod && (key === 'z' || key === 'Z' || key === 'y')) {
      event.preventDefault();
      if (key === 'y' || event.shiftKey) options.onRedo?.();
      else options.onUndo?.();
      return;
    }
    if (mod && (key === 'c' || key === 'v' || key === 'x')) return; // the clipboard events
    if (mod && key === 'd') {
      event.preventDefault();
      if (!canEdit) return toasts.show(lockedReason(active.col) ?? '');
      send(planFillDown(range, list.records, fields));
      return;
    }
    if (key === 'Enter' || key === 'F2') {
      event.preventDefault();
      startEdit(active, null);
      return;
    }
    if (key === ' ') {
      event.preventDefault();
      // Space toggles a checkbox; elsewhere (and with Shift) it opens the record, as in Airtable.
      const field = fields[active.col];
      if (!event.shiftKey && field && fieldKind(field) === 'checkbox') toggle(active);
      else options.open(active.row, active.col);
      return;
    }
    if (key === 'Delete' || key === 'Backspace') {
      event.preventDefault();
      if (!canEdit) return toasts.show(lockedReason(active.col) ?? '');
      send(planClear(range, list.records, fields));
      return;
    }
    if (key === 'Escape' && anchor) {
      setAnchor(null);
      return;
    }
    if (key === 'Tab') {
      const col = active.col + (event.shiftKey ? -1 : 1);
      if (col < 0 || col >= columns.length) return; // Tab at the edge leaves the grid
      event.preventDefault();
      moveTo({ row: active.row, col });
      return;
    }
    if (key.length === 1 && !mod && !event.altKey) {
      event.preventDefault();
      startEdit(active, key);
      return;
    }
    const next = moveActive(active, event, { rows, cols: columns.length, page: options.page() });
    if (!next) return;
    event.preventDefault();
    moveTo(next, event.shiftKey);
  };

  const onCopy = (event: ClipboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget) return;
    event.preventDefault();
    event.clipboardData.setData('text/plain', copyRange(range, list.records, fields));
    const cells = (range.bottom - range.top + 1) * (range.right - range.left + 1);
    toasts.show(cells === 1 ? 'Copied the cell.' : `Copied ${cells} cells.`);
  };

  const onPaste = (event: ClipboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget) return;
    event.preventDefault();
    if (!canEdit) return toasts.show(lockedReason(active.col) ?? '');
    const plan = planPaste(event.clipboardData.getData('text/plain'), range, list.records, fields);
    send(plan.edits);
    const notes: string[] = [];
    if (plan.problems.length)
      notes.push(
        `${plan.problems.length === 1 ? '1 value was' : `${plan.problems.length} values were`} not pasted: ${plan.problems.slice(0, 3).join(' ')}${plan.problems.length > 3 ? ` (and ${plan.problems.length - 3} more)` : ''}`,
      );
    if (plan.rowsLeftOut)
      notes.push(
        plan.rowsLeftOut === 1
          ? '1 row fell below the last record and was left out.'
          : `${plan.rowsLeftOut} rows fell below the last record and were left out.`,
      );
    if (notes.length) toasts.show(notes.join(' '), 'error');
  };

  // Stable, for the grid's effect that follows "next match".
  const reveal = useRef(options.reveal);
  useEffect(() => {
    reveal.current = options.reveal;
  });
  const jump = useCallback((cell: Cell) => {
    setAnchor(null);
    setActive(cell);
    reveal.current(cell);
  }, []);

  return {
    active,
    range,
    jump,
    editing,
    problem,
    setProblem,
    activate(cell: Cell, extend: boolean) {
      if (editing) return;
      setAnchor(extend ? (anchor ?? active) : null);
      setActive(cell);
    },
    startEdit,
    toggle,
    finishEdit,
    onKeyDown,
    onCopy,
    onPaste,
  };
}
