'use client';
// The records on a phone: one card per record (its name and first few fields), virtualised
// like the grid; a tap opens the record full-screen.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { FieldMeta } from '../../lib/graphql/airtable.ts';
import type { RecordNode } from '../../lib/graphql/records.ts';
import { rowCount, type RecordList } from '../../lib/record-list.ts';
import type { GridColumn } from '../../lib/use-columns.ts';
import type { LinkContext } from '../../lib/use-table-links.ts';
import { CellValue } from './cell-value.tsx';

const CARD_HEIGHT = 104;
// Fields shown under the name; the drawer has the rest.
const DETAILS = 3;

export function RecordCards({
  label,
  columns,
  list,
  ensureLoaded,
  linksFor,
  onOpenRecord,
  empty,
  onVisibleChange,
}: {
  label: string;
  columns: GridColumn[];
  list: RecordList;
  ensureLoaded(index: number): void;
  linksFor(field: FieldMeta): LinkContext | undefined;
  onOpenRecord(record: RecordNode, field: FieldMeta | undefined): void;
  empty?: ReactNode;
  onVisibleChange?(records: RecordNode[]): void;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const count = rowCount(list);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => CARD_HEIGHT,
    overscan: 6,
  });
  const items = virtualizer.getVirtualItems();
  const firstIndex = items[0]?.index ?? 0;
  const lastIndex = items.at(-1)?.index ?? 0;
  const primary = columns.find((c) => c.primary) ?? columns[0];
  const details = columns.filter((c) => c !== primary).slice(0, DETAILS);

  useEffect(() => {
    if (count > 0) ensureLoaded(lastIndex + 20);
  }, [lastIndex, count, ensureLoaded]);
  const visible = useMemo(
    () => list.records.slice(firstIndex, lastIndex + 1),
    [list.records, firstIndex, lastIndex],
  );
  useEffect(() => {
    onVisibleChange?.(visible);
  }, [visible, onVisibleChange]);

  return (
    <div ref={scrollRef} className="cards-scroll" data-testid="records-list">
      {count === 0 && empty ? <div className="cards-empty">{empty}</div> : null}
      <ul className="cards" aria-label={label} style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const record = list.records[item.index];
          const name = primary && record ? record.fields[primary.field.name] : undefined;
          return (
            <li
              key={record?.id ?? `placeholder-${item.index}`}
              className="card-item"
              style={{ transform: `translateY(${item.start}px)`, height: CARD_HEIGHT }}
              data-record-id={record?.id}
            >
              {record ? (
                <button
                  type="button"
                  className="record-card"
                  onClick={() => onOpenRecord(record, undefined)}
                >
                  <span className="record-card-name">
                    {primary && name !== undefined && name !== null && name !== '' ? (
                      <CellValue
                        field={primary.field}
                        value={name}
                        links={linksFor(primary.field)}
                      />
                    ) : (
                      'Unnamed record'
                    )}
                  </span>
                  {details.map((column) => (
                    <span key={column.field.id} className="record-card-field">
                      <span className="record-card-label">{column.field.name}</span>
                      <CellValue
                        field={column.field}
                        value={record.fields[column.field.name]}
                        links={linksFor(column.field)}
                      />
                    </span>
                  ))}
                </button>
              ) : (
                <span className="record-card placeholder">
                  <span className="skeleton" style={{ width: '60%' }} />
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
