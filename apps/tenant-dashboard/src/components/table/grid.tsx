'use client';
// The records grid: virtualised rows (only what is on screen is rendered), a sticky header
// and first columns, resizable columns, and keyboard navigation over an active cell.
import { useVirtualizer } from '@tanstack/react-virtual';
import {
  memo,
  useCallback,
  useEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import type { FieldMeta } from '../../lib/graphql/airtable.ts';
import type { RecordNode, SortSpec } from '../../lib/graphql/records.ts';
import { rowCount, type RecordList } from '../../lib/record-list.ts';
import type { Highlight } from '../../lib/use-record-list.ts';
import { Icon, type IconName } from '../icons.tsx';
import { CellValue, type LinkContext } from './cell-value.tsx';
import { fieldKind } from '../../lib/field-types.ts';

export const ROW_HEIGHT = 36;
const NUMBER_COLUMN = 64;
const MIN_WIDTH = 70;

export interface GridColumn {
  field: FieldMeta;
  width: number;
  primary: boolean;
}

const KIND_ICONS: Partial<Record<string, IconName>> = {
  links: 'link',
  attachments: 'file',
  collaborator: 'user',
  checkbox: 'check',
  date: 'history',
  dateTime: 'history',
  email: 'mail',
  rating: 'star',
  singleSelect: 'chevronDown',
  multipleSelects: 'chevronDown',
};

export function FieldIcon({ field }: { field: FieldMeta }) {
  const kind = fieldKind(field);
  const icon = KIND_ICONS[kind];
  if (icon) return <Icon name={icon} size={13} />;
  const glyph = ['number', 'currency', 'percent', 'duration'].includes(kind)
    ? '#'
    : kind === 'computed' ||
        ['formula', 'rollup', 'lookup', 'multipleLookupValues'].includes(field.type)
      ? 'ƒ'
      : 'A';
  return (
    <span
      aria-hidden="true"
      style={{
        width: 13,
        textAlign: 'center',
        fontSize: 12,
        color: 'var(--text-3)',
        fontWeight: 700,
      }}
    >
      {glyph}
    </span>
  );
}

interface RowProps {
  record: RecordNode | undefined;
  index: number;
  start: number;
  width: number;
  columns: GridColumn[];
  activeCol: number;
  highlight: Highlight | undefined;
  linksFor: (field: FieldMeta) => LinkContext | undefined;
  onActivate: (row: number, col: number) => void;
  onOpen: (index: number, col: number) => void;
}

const Row = memo(function Row({
  record,
  index,
  start,
  width,
  columns,
  activeCol,
  highlight,
  linksFor,
  onActivate,
  onOpen,
}: RowProps) {
  const classes = ['grid-row'];
  if (activeCol >= 0) classes.push('active-row');
  if (highlight) classes.push(highlight.kind === 'CREATED' ? 'live-created' : 'live-updated');
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      className={classes.join(' ')}
      style={{ transform: `translateY(${start}px)`, width }}
      data-record-id={record?.id}
    >
      <div
        className="grid-cell row-number sticky-col"
        role="rowheader"
        style={{ width: NUMBER_COLUMN }}
      >
        <span>{index + 1}</span>
        {record ? (
          <button
            type="button"
            className="expand"
            tabIndex={-1}
            aria-label={`Open record ${index + 1}`}
            onClick={() => onOpen(index, Math.max(0, activeCol))}
          >
            <Icon name="expand" size={13} />
          </button>
        ) : null}
      </div>
      {columns.map((column, col) => {
        const cellClasses = ['grid-cell'];
        if (column.primary) cellClasses.push('sticky-col', 'primary-col');
        if (col === activeCol) cellClasses.push('active');
        if (highlight?.fields.has(column.field.id)) cellClasses.push('changed');
        return (
          <div
            key={column.field.id}
            id={`cell-${index}-${col}`}
            role="gridcell"
            aria-colindex={col + 2}
            aria-selected={col === activeCol}
            className={cellClasses.join(' ')}
            style={{ width: column.width }}
            onMouseDown={() => onActivate(index, col)}
            onDoubleClick={() => onOpen(index, col)}
          >
            {record ? (
              <CellValue
                field={column.field}
                value={record.fields[column.field.name]}
                links={linksFor(column.field)}
              />
            ) : (
              <span
                className="skeleton"
                style={{ width: `${40 + ((index * 7 + col * 13) % 45)}%` }}
              />
            )}
          </div>
        );
      })}
    </div>
  );
});

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

  const visibleSignature = list.records
    .slice(firstIndex, lastIndex + 1)
    .map((r) => r.id)
    .join(',');
  useEffect(() => {
    onVisibleChange?.(list.records.slice(firstIndex, lastIndex + 1));
    // The signature stands for the visible records.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [visibleSignature, onVisibleChange]);

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
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / ROW_HEIGHT) - 2);
    let { row, col } = active;
    switch (event.key) {
      case 'ArrowDown':
        row += 1;
        break;
      case 'ArrowUp':
        row -= 1;
        break;
      case 'ArrowRight':
        col += 1;
        break;
      case 'ArrowLeft':
        col -= 1;
        break;
      case 'PageDown':
        row += page;
        break;
      case 'PageUp':
        row -= page;
        break;
      case 'Home':
        if (event.ctrlKey || event.metaKey) row = 0;
        col = 0;
        break;
      case 'End':
        if (event.ctrlKey || event.metaKey) row = count - 1;
        col = columns.length - 1;
        break;
      case 'Enter':
      case ' ':
        event.preventDefault();
        open(row, col);
        return;
      default:
        return;
    }
    event.preventDefault();
    row = Math.max(0, Math.min(count - 1, row));
    col = Math.max(0, Math.min(columns.length - 1, col));
    setActive({ row, col });
    reveal(row, col);
  };

  const activeRendered = items.some((item) => item.index === active.row);
  const sortOf = (field: FieldMeta) =>
    sort.find((s) => s.field === field.name || s.field === field.id);

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
        <div className="grid-header" role="row" aria-rowindex={1} style={{ width }}>
          <div
            className="grid-head row-number sticky-col"
            role="columnheader"
            style={{ width: NUMBER_COLUMN }}
          >
            <span className="visually-hidden">Row</span>
          </div>
          {columns.map((column) => {
            const sorted = sortOf(column.field);
            return (
              <div
                key={column.field.id}
                role="columnheader"
                aria-sort={
                  sorted ? (sorted.direction === 'ASC' ? 'ascending' : 'descending') : undefined
                }
                className={`grid-head${column.primary ? ' sticky-col primary-col' : ''}`}
                style={{ width: column.width }}
                title={column.field.description ?? `${column.field.name} (${column.field.type})`}
              >
                <FieldIcon field={column.field} />
                <button
                  type="button"
                  tabIndex={-1}
                  onClick={() => onToggleSort(column.field)}
                  style={{
                    all: 'unset',
                    cursor: 'pointer',
                    overflow: 'hidden',
                    textOverflow: 'ellipsis',
                    flex: 1,
                  }}
                  aria-label={`Sort by ${column.field.name}`}
                >
                  <span className="head-name">{column.field.name}</span>
                </button>
                {sorted ? (
                  <span className="sorted" aria-hidden="true">
                    {sorted.direction === 'ASC' ? '↑' : '↓'}
                  </span>
                ) : null}
                <ResizeHandle
                  width={column.width}
                  label={column.field.name}
                  onResize={(w) => onResize(column.field.id, w)}
                />
              </div>
            );
          })}
        </div>
        {count === 0 && empty ? <div className="grid-empty">{empty}</div> : null}
        {items.map((item) => {
          const record = list.records[item.index];
          return (
            <Row
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
    </div>
  );
}

function ResizeHandle({
  width,
  label,
  onResize,
}: {
  width: number;
  label: string;
  onResize: (width: number) => void;
}) {
  const [dragging, setDragging] = useState(false);
  return (
    <span
      className={`resize-handle${dragging ? ' dragging' : ''}`}
      role="separator"
      aria-orientation="vertical"
      aria-label={`Resize ${label}`}
      onPointerDown={(event) => {
        event.preventDefault();
        const startX = event.clientX;
        setDragging(true);
        const move = (e: PointerEvent) => onResize(Math.max(MIN_WIDTH, width + e.clientX - startX));
        const up = () => {
          setDragging(false);
          window.removeEventListener('pointermove', move);
          window.removeEventListener('pointerup', up);
        };
        window.addEventListener('pointermove', move);
        window.addEventListener('pointerup', up);
      }}
    />
  );
}
