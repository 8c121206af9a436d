'use client';
// Upload → preview → map → run → report: a spreadsheet file into a new or existing table, with
// live progress (importProgress) and the rows that were not imported, by line.
import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import {
  IMPORT_JOB,
  IMPORT_PREVIEW,
  IMPORT_PROGRESS,
  START_IMPORT,
  TABLE_FIELD_NAMES,
} from '../../lib/graphql/files.ts';
import { Button, Dialog, ErrorMessage, Loading } from '../ui.tsx';

const TYPES = [
  'singleLineText',
  'multilineText',
  'number',
  'currency',
  'percent',
  'date',
  'dateTime',
  'checkbox',
  'singleSelect',
  'multipleSelects',
  'email',
  'url',
  'phoneNumber',
];

type Base = { id: string; name: string; tables: { id: string; name: string }[] };
type Column = { include: boolean; field: string; type: string };

export function ImportWizard(props: {
  file: { id: string; filename: string };
  bases: Base[];
  onClose: () => void;
}) {
  const preview = useQuery(IMPORT_PREVIEW, { variables: { fileId: props.file.id } });
  const [baseId, setBaseId] = useState(props.bases[0]?.id ?? '');
  const [tableId, setTableId] = useState(''); // '' = a new table
  const [tableName, setTableName] = useState(props.file.filename.replace(/\.[^.]+$/, ''));
  const [columns, setColumns] = useState<Column[] | null>(null);
  const [mergeOn, setMergeOn] = useState('');
  const [jobId, setJobId] = useState<string | null>(null);
  const existing = useQuery(TABLE_FIELD_NAMES, { variables: { baseId, tableId }, skip: !tableId });
  const [start, starting] = useMutation(START_IMPORT);
  const cols =
    columns ??
    preview.data?.importPreview.columns.map((c) => ({
      include: true,
      field: c.name,
      type: c.inferredType,
    })) ??
    [];
  const change = (i: number, patch: Partial<Column>) =>
    setColumns(cols.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  const known = new Set(existing.data?.base?.table?.fields.map((f) => f.name) ?? []);

  const run = async () => {
    const mapping = cols.flatMap((c, column) =>
      c.include
        ? [
            {
              column,
              field: c.field,
              ...(tableId && known.has(c.field) ? {} : { createType: c.type }),
            },
          ]
        : [],
    );
    const res = await start({
      variables: {
        input: {
          fileId: props.file.id,
          baseId,
          ...(tableId ? { tableId } : { newTableName: tableName }),
          mapping,
          mergeOn: mergeOn ? [mergeOn] : [],
        },
      },
    }).catch(() => null);
    if (res?.data) setJobId(res.data.startImport.id);
  };

  return (
    <Dialog open wide title={`Import ${props.file.filename}`} onClose={props.onClose}>
      {jobId ? (
        <ImportReport jobId={jobId} />
      ) : preview.loading ? (
        <Loading />
      ) : preview.error ? (
        <ErrorMessage error={preview.error} />
      ) : (
        <div className="import-wizard">
          <table className="table" aria-label="Preview">
            <thead>
              <tr>
                {preview.data!.importPreview.columns.map((c) => (
                  <th key={c.index}>{c.name}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {preview.data!.importPreview.rows.slice(0, 5).map((row, i) => (
                <tr key={i}>
                  {row.map((cell, j) => (
                    <td key={j}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <label>
            Base
            <select value={baseId} onChange={(e) => (setBaseId(e.target.value), setTableId(''))}>
              {props.bases.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            Table
            <select value={tableId} onChange={(e) => setTableId(e.target.value)}>
              <option value="">A new table</option>
              {props.bases
                .find((b) => b.id === baseId)
                ?.tables.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.name}
                  </option>
                ))}
            </select>
          </label>
          {tableId ? null : (
            <label>
              New table name
              <input
                className="input"
                value={tableName}
                onChange={(e) => setTableName(e.target.value)}
              />
            </label>
          )}
          <table className="table" aria-label="Mapping">
            <thead>
              <tr>
                <th>Import</th>
                <th>Column</th>
                <th>Field</th>
                <th>Type</th>
              </tr>
            </thead>
            <tbody>
              {cols.map((c, i) => {
                const name = preview.data!.importPreview.columns[i]!.name;
                return (
                  <tr key={i}>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={`Import ${name}`}
                        checked={c.include}
                        onChange={(e) => change(i, { include: e.target.checked })}
                      />
                    </td>
                    <td>{name}</td>
                    <td>
                      <input
                        className="input"
                        aria-label={`Field for ${name}`}
                        value={c.field}
                        onChange={(e) => change(i, { field: e.target.value })}
                      />
                    </td>
                    <td>
                      {tableId && known.has(c.field) ? (
                        'existing field'
                      ) : (
                        <select
                          aria-label={`Type of ${name}`}
                          value={c.type}
                          onChange={(e) => change(i, { type: e.target.value })}
                        >
                          {TYPES.map((t) => (
                            <option key={t}>{t}</option>
                          ))}
                        </select>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <label>
            Merge key (update rows with the same value instead of adding them)
            <select value={mergeOn} onChange={(e) => setMergeOn(e.target.value)}>
              <option value="">None: add every row</option>
              {cols
                .filter((c) => c.include)
                .map((c) => (
                  <option key={c.field}>{c.field}</option>
                ))}
            </select>
          </label>
          {starting.error ? <ErrorMessage error={starting.error} /> : null}
          <Button
            variant="primary"
            disabled={starting.loading || !baseId}
            onClick={() => void run()}
          >
            Start import
          </Button>
        </div>
      )}
    </Dialog>
  );
}

function ImportReport({ jobId }: { jobId: string }) {
  // Polled too: a job can finish before the subscription listens.
  const report = useQuery(IMPORT_JOB, { variables: { id: jobId }, pollInterval: 1000 });
  const live = useSubscription(IMPORT_PROGRESS, {
    variables: { jobId },
    onData: ({ data }) => {
      const status = data.data?.importProgress.status;
      if (status && status !== 'RUNNING' && status !== 'QUEUED') void report.refetch();
    },
  });
  const job = live.data?.importProgress ?? report.data?.importJob;
  const finished = !['QUEUED', 'RUNNING'].includes(report.data?.importJob?.status ?? 'QUEUED');
  const { stopPolling } = report;
  useEffect(() => {
    if (finished) stopPolling();
  }, [finished, stopPolling]);
  if (!job) return <Loading />;
  const rejections = report.data?.importJob?.rejections ?? [];
  return (
    <div aria-live="polite">
      <progress aria-label="Import progress" max={job.totalRows || 1} value={job.rowsDone} />
      <p>
        {job.rowsDone} of {job.totalRows} rows
        {job.etaSeconds != null && !finished ? `, about ${job.etaSeconds} s left` : ''}
      </p>
      {finished ? (
        <p role="status">
          {report.data?.importJob?.status === 'SUCCEEDED' ? 'Done' : report.data?.importJob?.status}
          : {report.data?.importJob?.rowsWritten} rows written,{' '}
          {report.data?.importJob?.rowsRejected} not imported. {report.data?.importJob?.error ?? ''}
        </p>
      ) : null}
      {finished && rejections.length ? (
        <table className="table" aria-label="Rows not imported">
          <thead>
            <tr>
              <th>Line</th>
              <th>Field</th>
              <th>Reason</th>
            </tr>
          </thead>
          <tbody>
            {rejections.map((r) => (
              <tr key={r.line}>
                <td>{r.line}</td>
                <td>{r.column ?? ''}</td>
                <td>{r.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
