'use client';
// A workspace's activity (its audit log) for owners and admins: filters, newest first, more on
// demand, refreshed every few seconds; the chain's verification, and exports.
import { useLazyQuery, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { timeAgo } from '../../lib/format.ts';
import {
  AUDIT_LOG,
  VERIFY_AUDIT_LOG,
  type AuditEntry,
  type AuditLogFilter,
} from '../../lib/graphql/audit.ts';
import type { AuditOutcome, AuditPath } from '../../lib/graphql/generated/graphql.ts';
import { roleAtLeast, WORKSPACE_BASES } from '../../lib/graphql/workspaces.ts';
import { useSessionManager } from '../providers.tsx';
import { useToasts } from '../toasts.tsx';
import { Badge, Button, EmptyState, ErrorMessage, Loading } from '../ui.tsx';
import { downloadExport } from './download-export.ts';

const PATHS: AuditPath[] = ['GRAPHQL', 'REST_PROXY', 'MCP', 'ASSISTANT', 'WORKFLOW', 'SYSTEM'];
const OUTCOMES: AuditOutcome[] = ['OK', 'REFUSED', 'FAILED'];
const TONE: Record<AuditOutcome, string> = { OK: 'success', REFUSED: 'warning', FAILED: 'danger' };
// Sooner than a person notices, rarely enough not to load the log.
const REFRESH_MS = 5_000;

/** What an entry touched, in a few words. */
function targetText(target: Record<string, unknown>): string {
  const parts: string[] = [];
  const records = target.recordIds as string[] | undefined;
  const fields = target.fieldNames as string[] | undefined;
  if (target.tableId) parts.push(`table ${String(target.tableId)}`);
  if (records?.length) parts.push(records.length === 1 ? records[0]! : `${records.length} records`);
  if (fields?.length) parts.push(fields.join(', '));
  if (target.email) parts.push(String(target.email));
  if (target.role) parts.push(String(target.role).toLowerCase());
  return parts.join(' · ');
}

function EntryRow({ entry }: { entry: AuditEntry }) {
  return (
    <li className="delivery-row" data-testid="audit-entry">
      <div className="title">
        <code>{entry.operation}</code>{' '}
        <Badge tone={TONE[entry.outcome]}>{entry.outcome.toLowerCase()}</Badge>
        {entry.errorCode ? <> {entry.errorCode}</> : null}
      </div>
      <div className="sub">
        {timeAgo(entry.at)} · {entry.path.toLowerCase().replace('_', '-')} ·{' '}
        {entry.actor.kind === 'ANONYMOUS' ? 'anonymous' : entry.actor.id}
        {entry.ip ? ` · ${entry.ip}` : ''}
        {targetText(entry.target as Record<string, unknown>)
          ? ` · ${targetText(entry.target as Record<string, unknown>)}`
          : ''}
      </div>
    </li>
  );
}

export function ActivityPage({ workspaceId }: { workspaceId: string }) {
  const workspace = useQuery(WORKSPACE_BASES, { variables: { id: workspaceId } });
  const admin = roleAtLeast(workspace.data?.workspace?.role, 'ADMIN');
  const [filter, setFilter] = useState<AuditLogFilter>({});
  const { data, loading, error, refetch, fetchMore } = useQuery(AUDIT_LOG, {
    variables: { workspaceId, filter },
    skip: !admin,
    pollInterval: REFRESH_MS,
    fetchPolicy: 'cache-and-network',
  });
  const [verify, verified] = useLazyQuery(VERIFY_AUDIT_LOG, { fetchPolicy: 'network-only' });
  const session = useSessionManager();
  const toasts = useToasts();

  if (workspace.loading && !workspace.data) return <Loading />;
  if (!admin)
    return (
      <div className="page">
        <title>Activity</title>
        <EmptyState icon="history" title="Only owners and admins see the activity">
          Ask an admin of this workspace who changed what.
        </EmptyState>
      </div>
    );

  const set = (key: keyof AuditLogFilter, value: string) =>
    setFilter((f) => ({ ...f, [key]: value || undefined }));
  const log = data?.auditLog;
  const exportAs = (format: 'csv' | 'jsonl') =>
    downloadExport(session, workspaceId, format).catch((e: unknown) => toasts.error(e));
  const result = verified.data?.verifyAuditLog;

  return (
    <div className="page">
      <title>Activity</title>
      <div className="page-header">
        <div>
          <h1>Activity</h1>
          <p>
            Every change and sensitive action in this workspace: who, when, from where and through
            which path. Entries are hash-chained; nothing can be edited unnoticed.
          </p>
        </div>
        <div style={{ display: 'flex', gap: 8 }}>
          <Button icon="check" onClick={() => void verify({ variables: { workspaceId } })}>
            Verify
          </Button>
          <Button icon="file" onClick={() => void exportAs('csv')}>
            Export CSV
          </Button>
          <Button icon="file" onClick={() => void exportAs('jsonl')}>
            Export JSON Lines
          </Button>
        </div>
      </div>
      {result ? (
        <p role="status" className="card">
          {result.ok
            ? `Verified: ${result.checkedEntries} entries, the chain is intact.`
            : `The chain is broken at entry ${result.firstBrokenEntryId}: ${result.reason}.`}
        </p>
      ) : null}
      <section
        className="card"
        aria-label="Filters"
        style={{
          display: 'grid',
          gap: 8,
          gridTemplateColumns: 'repeat(auto-fit, minmax(180px, 1fr))',
        }}
      >
        <input
          aria-label="Operation"
          placeholder="Operation (updateRecords…)"
          onChange={(e) => set('operation', e.target.value)}
        />
        <input
          aria-label="Actor"
          placeholder="User or API key id"
          onChange={(e) => set('actor', e.target.value)}
        />
        <input
          aria-label="Target"
          placeholder="Record, table, field or member"
          onChange={(e) => set('target', e.target.value)}
        />
        <select aria-label="Path" onChange={(e) => set('path', e.target.value)}>
          <option value="">Any path</option>
          {PATHS.map((p) => (
            <option key={p} value={p}>
              {p.toLowerCase().replace('_', '-')}
            </option>
          ))}
        </select>
        <select aria-label="Outcome" onChange={(e) => set('outcome', e.target.value)}>
          <option value="">Any outcome</option>
          {OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {o.toLowerCase()}
            </option>
          ))}
        </select>
      </section>
      {loading && !data ? (
        <Loading />
      ) : error && !data ? (
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      ) : !log || log.edges.length === 0 ? (
        <EmptyState icon="history" title="Nothing recorded yet">
          Changes made through the dashboard, the API, MCP or the assistant appear here.
        </EmptyState>
      ) : (
        <section className="card" aria-label="Entries">
          <p className="sub">
            {log.totalCount} {log.totalCount === 1 ? 'entry' : 'entries'}
          </p>
          <ul className="delivery-list">
            {log.edges.map(({ node }) => (
              <EntryRow key={node.id} entry={node} />
            ))}
          </ul>
          {log.pageInfo.hasNextPage ? (
            <Button
              onClick={() =>
                void fetchMore({
                  variables: { after: log.pageInfo.endCursor },
                  updateQuery: (prev, { fetchMoreResult }) => ({
                    auditLog: {
                      ...fetchMoreResult.auditLog,
                      edges: [...prev.auditLog.edges, ...fetchMoreResult.auditLog.edges],
                    },
                  }),
                })
              }
            >
              Show more
            </Button>
          ) : null}
        </section>
      )}
    </div>
  );
}
