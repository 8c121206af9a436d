'use client';
import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { WORKSPACE_BASES } from '../../lib/graphql/workspaces.ts';

/** A base and one of its tables, from the workspace's synced bases. */
export function TablePicker({
  workspaceId,
  baseId,
  tableId,
  onChange,
  optional,
}: {
  workspaceId: string;
  baseId: string | undefined;
  tableId: string | undefined;
  onChange: (next: { baseId: string; tableId: string }) => void;
  optional?: boolean;
}) {
  const id = useId();
  const { data } = useQuery(WORKSPACE_BASES, { variables: { id: workspaceId } });
  const bases = data?.workspace?.bases ?? [];
  const tables = bases.find((b) => b.id === baseId)?.tables ?? [];
  return (
    <div className="form-row">
      <div className="field">
        <label htmlFor={`${id}-base`}>Base</label>
        <select
          id={`${id}-base`}
          value={baseId ?? ''}
          onChange={(e) => onChange({ baseId: e.target.value, tableId: '' })}
        >
          <option value="">{optional ? 'No base' : 'Choose a base'}</option>
          {bases.map((b) => (
            <option key={b.id} value={b.id}>
              {b.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-table`}>Table</label>
        <select
          id={`${id}-table`}
          value={tableId ?? ''}
          disabled={!baseId}
          onChange={(e) => onChange({ baseId: baseId ?? '', tableId: e.target.value })}
        >
          <option value="">{optional ? 'No table' : 'Choose a table'}</option>
          {tables.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
