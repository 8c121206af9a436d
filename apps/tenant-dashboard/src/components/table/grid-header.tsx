'use client';
import { useState } from 'react';
import type { FieldMeta } from '../../lib/graphql/airtable.ts';
import type { SortSpec } from '../../lib/graphql/records.ts';
import type { GridColumn } from '../../lib/use-columns.ts';
import { FieldIcon } from './field-icon.tsx';
import { NUMBER_COLUMN } from './grid-row.tsx';

const MIN_WIDTH = 70;

/** The grid's header row: each column sorts on a click and resizes by its edge. */
export function GridHeader({
  columns,
  width,
  sort,
  onToggleSort,
  onResize,
}: {
  columns: GridColumn[];
  width: number;
  sort: SortSpec[];
  onToggleSort(field: FieldMeta): void;
  onResize(fieldId: string, width: number): void;
}) {
  const sortOf = (field: FieldMeta) =>
    sort.find((s) => s.field === field.name || s.field === field.id);
  return (
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
