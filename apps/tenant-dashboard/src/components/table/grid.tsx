'use client';
// The records grid: virtualised rows (only what is on screen is rendered), a sticky header
// and first columns, resizable columns, and keyboard navigation over an active cell.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { FieldMeta } from '../../lib/graphql/airtable.ts';
import type { RecordNode, SortSpec } from '../../lib/graphql/records.ts';
import type { CellEdit } from '../../lib/grid-edits.ts';
import type { Cell } from '../../lib/grid-navigation.ts';
import { rowCount, type RecordList } from '../../lib/record-list.ts';
import type { GridColumn } from '../../lib/use-columns.ts';
import type { Highlight } from '../../lib/use-highlights.ts';
import type { LinkContext } from '../../lib/use-table-links.ts';
import { CellEditor } from './cell-editor.tsx';
import { GridHeader } from './grid-header.tsx';
import { GridRow, NUMBER_COLUMN, ROW_HEIGHT } from './grid-row.tsx';
import { useGridEditing } from './use-grid-editing.ts';
import type { PendingCells } from './use-record-writes.ts';

export interface GridProps {
  label: string;
  columns: GridColumn[];
  list: RecordList;
  highlights: ReadonlyMap<string, Highlight>;
  sort: SortSpec[];
  ensureLoaded(index: number): void;
  linksFor(field: FieldMeta): LinkContext | undefined;
  onOpenRecord(record: RecordNode, field: FieldMeta | undefined): void;
  onToggleSort(field: FieldMeta): void;
  onResize(fieldId: string, width: number): void;
  /** Shown under the header when there are no rows. */
  empty?: ReactNode;
  /** Records visible on screen, for looking up linked names. */
  onVisibleChange?(records: RecordNode[]): void;
  /** The person may change records: cells can be typed into, pasted and cleared. */
  canEdit?: boolean;
  /** Cells being written, shown as pending. */
  pending?: PendingCells;
  /** Records whose write waits on Airtable's rate limit. */
  paced?: ReadonlySet<string>;
  onEditCells?(edits: CellEdit<FieldMeta>[]): void;
  onUndo?(): void;
  onRedo?(): void;
  /** Searched words, marked in text cells. */
  terms?: readonly string[];
  /** A cell to make active and scroll to (a new object each jump). */
  jumpTo?: Cell | null;
}

const NO_TERMS: readonly string[] = [];

export function Grid({
  label,
  columns,
  list,
  highlights,
  sort,
  ensureLoaded,
  linksFor,
  onOpenRecord,
  onToggleSort,
  onResize,
  empty,
  onVisibleChange,
  canEdit = false,
  pending,
  paced,
  onEditCells,
  onUndo,
  onRedo,
  terms = NO_TERMS,
  jumpTo,
}: GridProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const count = rowCount(list);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    paddingStart: ROW_HEIGHT,
    scrollPaddingStart: ROW_HEIGHT,
  });
  const items = virtualizer.getVirtualItems();
  const firstIndex = items[0]?.index ?? 0;
  const lastIndex = items.at(-1)?.index ?? 0;
  const width = NUMBER_COLUMN + columns.reduce((sum, c) => sum + c.width, 0);

  useEffect(() => {
    if (count > 0) ensureLoaded(lastIndex + 30);
  }, [lastIndex, count, ensureLoaded]);

  const visible = useMemo(
    () => list.records.slice(firstIndex, lastIndex + 1),
    [list.records, firstIndex, lastIndex],
  );
  useEffect(() => {
    onVisibleChange?.(visible);
  }, [visible, onVisibleChange]);

  const open = useCallback(
    (row: number, col: number) => {
      const record = list.records[row];
      if (record) onOpenRecord(record, columns[col]?.field);
    },
    [list.records, onOpenRecord, columns],
  );
  const reveal = ({ row, col }: Cell) => {
    virtualizer.scrollToIndex(row, { align: 'auto' });
    const element = scrollRef.current;
    if (!element) return;
    const left = NUMBER_COLUMN + columns.slice(0, col).reduce((sum, c) => sum + c.width, 0);
    const sticky = NUMBER_COLUMN + (columns[0]?.primary ? columns[0].width : 0);
    const right = left + (columns[col]?.width ?? 0);
    if (col > 0 && left - sticky < element.scrollLeft) element.scrollLeft = left - sticky;
    else if (right > element.scrollLeft + element.clientWidth)
      element.scrollLeft = right - element.clientWidth;
  };

  const editing = useGridEditing({
    columns,
    list,
    rows: count,
    page: () => Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / ROW_HEIGHT) - 2),
    canEdit,
    onEditCells,
    onUndo,
    onRedo,
    open,
    reveal,
    focusGrid: () => scrollRef.current?.focus({ preventScroll: true }),
  });
  const { active, range, jump } = editing;
  useEffect(() => {
    if (jumpTo) jump(jumpTo);
  }, [jumpTo, jump]);
  const multiple = range.bottom > range.top || range.right > range.left;
  const editingCell = editing.editing;
  const editingRecord = editingCell ? list.records[editingCell.row] : undefined;
  const editingField = editingCell ? columns[editingCell.col]?.field : undefined;
  const editor =
    editingCell && editingRecord && editingField ? (
      <CellEditor
        key={`${editingCell.row}:${editingCell.col}`}
        field={editingField}
        value={editingRecord.fields[editingField.name]}
        initial={editingCell.initial}
        onCommit={(value, move) => editing.finishEdit(value, move, true)}
        onCancel={() => editing.finishEdit(null, null, false)}
        onProblem={editing.setProblem}
      />
    ) : null;

  const activeRendered = items.some((item) => item.index === active.row);

  // The empty state and the edit problem sit beside the grid, not in it (a grid holds rows).
  return (
    <div className="grid-frame">
      <div
        ref={scrollRef}
        className="grid-scroll"
        role="grid"
        aria-label={label}
        aria-rowcount={count + 1}
        aria-colcount={columns.length + 1}
        aria-activedescendant={
          activeRendered && count > 0 ? `cell-${active.row}-${active.col}` : undefined
        }
        aria-multiselectable={canEdit || undefined}
        tabIndex={0}
        onKeyDown={editing.onKeyDown}
        onCopy={editing.onCopy}
        onPaste={editing.onPaste}
        data-testid="records-grid"
      >
        <div className="grid-inner" style={{ height: virtualizer.getTotalSize(), width }}>
          <GridHeader
            columns={columns}
            width={width}
            sort={sort}
            onToggleSort={onToggleSort}
            onResize={onResize}
          />
          {items.map((item) => {
            const record = list.records[item.index];
            return (
              <GridRow
                key={
                  record
                    ? `${record.id}:${highlights.get(record.id)?.seq ?? 0}`
                    : `placeholder-${item.index}`
                }
                record={record}
                index={item.index}
                start={item.start}
                width={width}
                columns={columns}
                activeCol={item.index === active.row ? active.col : -1}
                selected={
                  multiple && item.index >= range.top && item.index <= range.bottom
                    ? range
                    : undefined
                }
                editor={editingCell?.row === item.index ? editor : null}
                pending={record ? pending?.get(record.id) : undefined}
                paced={record ? Boolean(paced?.has(record.id)) : false}
                highlight={record ? highlights.get(record.id) : undefined}
                terms={terms}
                linksFor={linksFor}
                onActivate={editing.activate}
                onEdit={editing.startEdit}
                onToggle={editing.toggle}
                onOpen={open}
              />
            );
          })}
        </div>
      </div>
      {count === 0 && empty ? <div className="grid-empty">{empty}</div> : null}
      {editing.problem ? (
        <div className="grid-edit-problem" role="alert">
          {editing.problem} Escape puts the cell back.
        </div>
      ) : null}
    </div>
  );
}
