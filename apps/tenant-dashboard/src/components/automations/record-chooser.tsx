'use client';
import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { RECORDS } from '../../lib/graphql/records.ts';
import { jsonObject } from '../../lib/graphql/scalars.ts';
import { useTable } from './use-table-fields.ts';

/** A record of the trigger's table to run with (the first 50, by their primary field). */
export function RecordChooser({
  baseId,
  tableId,
  value,
  onChange,
}: {
  baseId: string | undefined;
  tableId: string | undefined;
  value: string;
  onChange: (recordId: string) => void;
}) {
  const id = useId();
  const table = useTable(baseId, tableId);
  const { data } = useQuery(RECORDS, {
    variables: { baseId: baseId ?? '', tableId: tableId ?? '', first: 50 },
    skip: !baseId || !tableId,
  });
  const primary = table?.primaryField?.name;
  const records = data?.records.edges.map((e) => e.node) ?? [];
  return (
    <div className="field">
      <label htmlFor={`${id}-record`}>Record</label>
      {baseId && tableId ? (
        <select id={`${id}-record`} value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">No record</option>
          {records.map((record) => {
            const name = primary ? jsonObject(record.fields)?.[primary] : undefined;
            return (
              <option key={record.id} value={record.id}>
                {typeof name === 'string' || typeof name === 'number'
                  ? `${name} (${record.id})`
                  : record.id}
              </option>
            );
          })}
        </select>
      ) : (
        <input
          id={`${id}-record`}
          className="mono"
          value={value}
          placeholder="rec…"
          onChange={(e) => onChange(e.target.value.trim())}
        />
      )}
    </div>
  );
}
