'use client';
// A workspace's files: storage used against the quota, upload (editors), preview thumbnails,
// download through short-lived links, search by name, delete.
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { CREATE_UPLOAD, DELETE_FILE, FILES_PAGE } from '../../lib/graphql/files.ts';
import { roleAtLeast, WORKSPACE_BASES } from '../../lib/graphql/workspaces.ts';
import { timeAgo } from '../../lib/format.ts';
import { useSessionManager } from '../providers.tsx';
import { Button, EmptyState, ErrorMessage, IconButton, Loading } from '../ui.tsx';
import { ImportWizard } from './import-wizard.tsx';
import { sameOrigin, sendBytes } from './upload-file.ts';

// Files an import reads: CSV (and plain text) and Excel workbooks.
const SHEETS = new Set([
  'text/csv',
  'text/plain',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
]);

const bytes = (n: number) =>
  n < 1024
    ? `${n} B`
    : n < 1024 ** 2
      ? `${(n / 1024).toFixed(1)} KB`
      : n < 1024 ** 3
        ? `${(n / 1024 ** 2).toFixed(1)} MB`
        : `${(n / 1024 ** 3).toFixed(2)} GB`;

export function FilesPage({ workspaceId }: { workspaceId: string }) {
  const workspace = useQuery(WORKSPACE_BASES, { variables: { id: workspaceId } });
  const editor = roleAtLeast(workspace.data?.workspace?.role, 'EDITOR');
  const { data, loading, error, refetch } = useQuery(FILES_PAGE, {
    variables: { workspaceId },
    fetchPolicy: 'cache-and-network',
  });
  const apollo = useApolloClient();
  const session = useSessionManager();
  const picker = useRef<HTMLInputElement>(null);
  const [search, setSearch] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [remove] = useMutation(DELETE_FILE);
  const [importing, setImporting] = useState<{ id: string; filename: string } | null>(null);

  const upload = async (file: File) => {
    setBusy(true);
    setProblem(null);
    try {
      const created = await apollo.mutate({
        mutation: CREATE_UPLOAD,
        variables: {
          input: {
            workspaceId,
            filename: file.name,
            size: file.size,
            contentType: file.type || 'application/octet-stream',
          },
        },
      });
      await sendBytes(created.data!.createUpload.uploadUrl, file, await session.accessToken());
    } catch (e) {
      setProblem((e as Error).message);
    } finally {
      setBusy(false);
      void refetch();
    }
  };

  if ((loading || workspace.loading) && !data) return <Loading />;
  if (error && !data) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
  const storage = data!.fileStorage;
  const files = data!.files.edges
    .map((e) => e.node)
    .filter((f) => f.filename.toLowerCase().includes(search.trim().toLowerCase()));

  return (
    <div className="page">
      <title>Files</title>
      <div className="page-header">
        <div>
          <h1>Files</h1>
          <p>
            {bytes(storage.usedBytes)} of {bytes(storage.quotaBytes)} used · files up to{' '}
            {bytes(storage.maxFileBytes)}
          </p>
        </div>
        {editor ? (
          <>
            <input
              ref={picker}
              type="file"
              hidden
              aria-label="File to upload"
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = '';
                if (file) void upload(file);
              }}
            />
            <Button
              variant="primary"
              icon="plus"
              disabled={busy}
              onClick={() => picker.current?.click()}
            >
              {busy ? 'Uploading…' : 'Upload'}
            </Button>
          </>
        ) : null}
      </div>
      <progress
        className="storage-used"
        aria-label="Storage used"
        max={storage.quotaBytes}
        value={storage.usedBytes}
      />
      {problem ? (
        <p role="alert" className="error-text">
          {problem}
        </p>
      ) : null}
      <input
        type="search"
        className="input"
        placeholder="Search files"
        aria-label="Search files"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      {files.length === 0 ? (
        <EmptyState icon="file" title={search ? 'No file matches' : 'No files yet'}>
          {editor
            ? 'Upload images, PDFs, office documents, CSV, text or archives.'
            : 'Editors can upload files here.'}
        </EmptyState>
      ) : (
        <table className="table" aria-label="Files">
          <thead>
            <tr>
              <th>Preview</th>
              <th>Name</th>
              <th>Type</th>
              <th>Size</th>
              <th>Uploaded</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {files.map((f) => (
              <tr key={f.id}>
                <td>
                  {f.thumbnailUrl ? (
                    <img
                      src={sameOrigin(f.thumbnailUrl)}
                      alt={`Preview of ${f.filename}`}
                      width={48}
                      height={48}
                      style={{ objectFit: 'cover' }}
                    />
                  ) : null}
                </td>
                <td>
                  {f.downloadUrl ? (
                    <a href={sameOrigin(f.downloadUrl)} download={f.filename}>
                      {f.filename}
                    </a>
                  ) : (
                    f.filename
                  )}
                  {f.status !== 'READY' ? (
                    <div className="muted">
                      {f.status === 'UPLOADING' ? 'Uploading' : f.rejectedReason}
                    </div>
                  ) : null}
                </td>
                <td>{f.contentType ?? '—'}</td>
                <td>{bytes(f.size)}</td>
                <td>{timeAgo(f.createdAt)}</td>
                <td>
                  {editor && f.status === 'READY' && SHEETS.has(f.contentType ?? '') ? (
                    <Button onClick={() => setImporting(f)}>Import</Button>
                  ) : null}
                  {editor ? (
                    <IconButton
                      icon="trash"
                      label={`Delete ${f.filename}`}
                      onClick={() =>
                        void remove({ variables: { id: f.id } }).then(
                          () => refetch(),
                          (e: Error) => setProblem(e.message),
                        )
                      }
                    />
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {importing ? (
        <ImportWizard
          file={importing}
          bases={workspace.data?.workspace?.bases ?? []}
          onClose={() => setImporting(null)}
        />
      ) : null}
    </div>
  );
}
