'use client';
import { useState } from 'react';
import type { TableMeta } from '../../lib/graphql/airtable.ts';
import { rememberName } from '../../lib/use-linked-names.ts';
import { useRecordSearch } from '../../lib/use-record-search.ts';
import type { LinkContext } from '../../lib/use-table-links.ts';
import { Icon } from '../icons.tsx';

/** A link field in the drawer: its records as removable chips, and a search to add one. */
export function LinkEditor({
  ids,
  baseId,
  table,
  links,
  inputId,
  onChange,
  single,
}: {
  ids: string[];
  baseId: string;
  /** The linked table. */
  table: TableMeta;
  links?: LinkContext;
  inputId: string;
  onChange: (ids: string[]) => void;
  /** The field links one record at most: a pick replaces it. */
  single: boolean;
}) {
  const [query, setQuery] = useState('');
  const results = useRecordSearch(baseId, table.id, query, 8);
  const primary = table.primaryField.name;
  return (
    <div className="link-editor">
      {ids.length ? (
        <span className="chips">
          {ids.map((id) => (
            <span key={id} className="chip chip-link">
              {links?.nameOf(id) ?? id}
              <button
                type="button"
                className="chip-remove"
                aria-label={`Remove link to ${links?.nameOf(id) ?? id}`}
                onClick={() => onChange(ids.filter((x) => x !== id))}
              >
                <Icon name="close" size={12} />
              </button>
            </span>
          ))}
        </span>
      ) : null}
      <input
        id={inputId}
        type="search"
        placeholder={`Find a record in ${table.name} to link…`}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        autoComplete="off"
      />
      {results ? (
        <div className="link-results" role="listbox" aria-label={`Records of ${table.name}`}>
          {results.length === 0 ? (
            <p className="muted" style={{ padding: 8 }}>
              No matching records.
            </p>
          ) : null}
          {results.map((record) => {
            const name = String(record.fields[primary] ?? record.id);
            return (
              <button
                key={record.id}
                type="button"
                role="option"
                aria-selected={ids.includes(record.id)}
                onClick={() => {
                  rememberName(table.id, record.id, name);
                  onChange(
                    single ? [record.id] : ids.includes(record.id) ? ids : [...ids, record.id],
                  );
                  setQuery('');
                }}
              >
                {name}
              </button>
            );
          })}
        </div>
      ) : null}
    </div>
  );
}
