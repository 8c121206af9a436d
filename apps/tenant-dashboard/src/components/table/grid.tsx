'use client';
// The records grid: virtualised rows (only what is on screen is rendered), a sticky header
// and first columns, resizable columns, and keyboard navigation over an active cell.
import { useVirtualizer } from '@tanstack/react-virtual';
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import type { FieldMeta } from '../../lib/graphql/airtable.ts';
import type { RecordNode, SortSpec } from '../../lib/graphql/records.ts';
import { moveActive } from '../../lib/grid-navigation.ts';
import { rowCount, type RecordList } from '../../lib/record-list.ts';
import type { GridColumn } from '../../lib/use-columns.ts';
import type { Highlight } from '../../lib/use-highlights.ts';
import type { LinkContext } from '../../lib/use-table-links.ts';
import { GridHeader } from './grid-header.tsx';
import { GridRow, NUMBER_COLUMN, ROW_HEIGHT } from './grid-row.tsx';

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
}

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
  const [active, setActive] = useState({ row: 0, col: 0 });
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

  // Keep the active cell inside the table as it shrinks (filters, deletions).
  useEffect(() => {
    setActive((current) => ({
      row: Math.min(current.row, Math.max(0, count - 1)),
      col: Math.min(current.col, Math.max(0, columns.length - 1)),
    }));
  }, [count, columns.length]);

  const open = useCallback(
    (row: number, col: number) => {
      const record = list.records[row];
      if (record) onOpenRecord(record, columns[col]?.field);
    },
    [list.records, onOpenRecord, columns],
  );
  const activate = useCallback((row: number, col: number) => setActive({ row, col }), []);

  const reveal = (row: number, col: number) => {
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

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      open(active.row, active.col);
      return;
    }
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / ROW_HEIGHT) - 2);
    const next = moveActive(active, event, { rows: count, cols: columns.length, page });
    if (!next) return;
    event.preventDefault();
    setActive(next);
    reveal(next.row, next.col);
  };

  const activeRendered = items.some((item) => item.index === active.row);

  return (
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
      tabIndex={0}
      onKeyDown={onKeyDown}
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
              highlight={record ? highlights.get(record.id) : undefined}
              linksFor={linksFor}
              onActivate={activate}
              onOpen={open}
            />
          );
        })}
      </div>
      {count === 0 && empty ? <div className="grid-empty">{empty}</div> : null}
    </div>
  );
}
