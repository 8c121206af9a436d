'use client';
import { memo, type ReactNode } from 'react';
import type { FieldMeta } from '../../lib/graphql/airtable.ts';
import type { RecordNode } from '../../lib/graphql/records.ts';
import type { CellRange } from '../../lib/grid-edits.ts';
import type { Cell } from '../../lib/grid-navigation.ts';
import type { GridColumn } from '../../lib/use-columns.ts';
import type { Highlight } from '../../lib/use-highlights.ts';
import type { LinkContext } from '../../lib/use-table-links.ts';
import { Icon } from '../icons.tsx';
import { CellValue } from './cell-value.tsx';

export const ROW_HEIGHT = 36;
export const NUMBER_COLUMN = 64;

interface RowProps {
  /** Undefined while the record's page is still loading: a placeholder row. */
  record: RecordNode | undefined;
  index: number;
  start: number;
  width: number;
  columns: GridColumn[];
  /** The active cell's column in this row, or -1. */
  activeCol: number;
  /** The selected range, when it covers this row. */
  selected: CellRange | undefined;
  /** The in-place editor, in the active cell of the row being edited. */
  editor: ReactNode;
  /** Fields of this record being written. */
  pending: ReadonlySet<string> | undefined;
  /** The record's write waits on Airtable's rate limit. */
  paced: boolean;
  highlight: Highlight | undefined;
  /** Searched words, marked in text cells. */
  terms: readonly string[];
  linksFor: (field: FieldMeta) => LinkContext | undefined;
  onActivate: (cell: Cell, extend: boolean) => void;
  onEdit: (cell: Cell, initial: string | null) => void;
  onToggle: (cell: Cell) => void;
  onOpen: (index: number, col: number) => void;
}

/** One row of the grid: its number (and open button), then a cell per column. */
export const GridRow = memo(function GridRow({
  record,
  index,
  start,
  width,
  columns,
  activeCol,
  selected,
  editor,
  pending,
  paced,
  highlight,
  terms,
  linksFor,
  onActivate,
  onEdit,
  onToggle,
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
        const inRange = selected && col >= selected.left && col <= selected.right;
        if (inRange) cellClasses.push('in-range');
        const busy = pending?.has(column.field.name);
        if (busy) cellClasses.push(paced ? 'pending paced' : 'pending');
        const editing = col === activeCol && editor;
        if (editing) cellClasses.push('editing');
        return (
          <div
            key={column.field.id}
            id={`cell-${index}-${col}`}
            role="gridcell"
            aria-colindex={col + 2}
            aria-selected={col === activeCol || Boolean(inRange)}
            aria-busy={busy || undefined}
            title={
              busy
                ? paced
                  ? 'Waiting for Airtable: its rate limit holds this change back for a moment.'
                  : 'Saving to Airtable…'
                : undefined
            }
            className={cellClasses.join(' ')}
            style={{ width: column.width }}
            onMouseDown={(event) => {
              if (!editing) onActivate({ row: index, col }, event.shiftKey);
            }}
            onDoubleClick={() => onEdit({ row: index, col }, null)}
            onClick={(event) => {
              // A click on the box itself toggles a checkbox, as in Airtable.
              if ((event.target as Element).closest('.checkbox-cell'))
                onToggle({ row: index, col });
            }}
          >
            {editing ? (
              editor
            ) : record ? (
              <CellValue
                field={column.field}
                value={record.fields[column.field.name]}
                links={linksFor(column.field)}
                terms={terms}
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
