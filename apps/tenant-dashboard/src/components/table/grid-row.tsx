'use client';
import { memo } from 'react';
import type { FieldMeta } from '../../lib/graphql/airtable.ts';
import type { RecordNode } from '../../lib/graphql/records.ts';
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
  highlight: Highlight | undefined;
  linksFor: (field: FieldMeta) => LinkContext | undefined;
  onActivate: (row: number, col: number) => void;
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
