'use client';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { timeAgo } from '../../lib/format.ts';
import {
  WORKFLOW_RUNS,
  type WorkflowRun,
  type WorkflowRunStatus,
} from '../../lib/graphql/workflows.ts';
import { Badge, Button, EmptyState, ErrorMessage, Loading } from '../ui.tsx';
import { RunDetail } from './run-detail.tsx';
import { formatMs, RunStatus } from './run-status.tsx';

const FILTERS: { value: WorkflowRunStatus | ''; label: string }[] = [
  { value: '', label: 'All runs' },
  { value: 'FAILED', label: 'Failed' },
  { value: 'SUCCEEDED', label: 'Succeeded' },
  { value: 'RUNNING', label: 'Running' },
  { value: 'WAITING', label: 'Waiting' },
  { value: 'QUEUED', label: 'Queued' },
  { value: 'CANCELLED', label: 'Cancelled' },
];

function RunRow({ run, canEdit }: { run: WorkflowRun; canEdit: boolean }) {
  const [open, setOpen] = useState(false);
  return (
    <li className="run-row">
      <div className="run-row-head">
        <div className="grow">
          <div className="title">
            <RunStatus status={run.status} />{' '}
            {run.dryRun ? <Badge tone="accent">Test run</Badge> : null}{' '}
            <span className="muted">{run.triggerType}</span>
          </div>
          <div className="sub">
            {timeAgo(run.createdAt)} · {run.steps.length} step{run.steps.length === 1 ? '' : 's'} ·{' '}
            {formatMs(run.durationMs)}
            {run.error ? ` · ${run.error}` : ''}
          </div>
        </div>
        <Button size="small" variant="ghost" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? 'Hide' : 'Details'}
        </Button>
      </div>
      {open ? <RunDetail run={run} canEdit={canEdit} /> : null}
    </li>
  );
}

/** A workflow's runs, newest first, narrowed by status, 20 at a time; live while open. */
export function RunHistory({ workflowId, canEdit }: { workflowId: string; canEdit: boolean }) {
  const [status, setStatus] = useState<WorkflowRunStatus | ''>('');
  const { data, loading, error, refetch, fetchMore } = useQuery(WORKFLOW_RUNS, {
    variables: { workflowId, status: status || null },
    fetchPolicy: 'cache-and-network',
  });
  const connection = data?.workflowRuns;
  return (
    <section className="card" aria-labelledby="run-history-heading">
      <div className="card-header">
        <h2 id="run-history-heading">Run history</h2>
        <div className="toolbar-actions">
          <div>
            <select
              aria-label="Show runs"
              value={status}
              onChange={(e) => setStatus(e.target.value as WorkflowRunStatus | '')}
            >
              {FILTERS.map((f) => (
                <option key={f.value} value={f.value}>
                  {f.label}
                </option>
              ))}
            </select>
          </div>
          <Button size="small" icon="refresh" onClick={() => void refetch()}>
            Refresh
          </Button>
        </div>
      </div>
      {loading && !connection ? (
        <Loading />
      ) : error && !connection ? (
        <div className="card-body">
          <ErrorMessage error={error} onRetry={() => void refetch()} />
        </div>
      ) : !connection?.edges.length ? (
        <EmptyState icon="history" title={status ? 'No runs with this status' : 'No runs yet'}>
          Runs appear here as they start, and change as they move from step to step.
        </EmptyState>
      ) : (
        <ul className="list" aria-label="Runs">
          {connection.edges.map(({ node }) => (
            <RunRow key={node.id} run={node} canEdit={canEdit} />
          ))}
        </ul>
      )}
      {connection?.pageInfo.hasNextPage ? (
        <div className="card-body">
          <Button
            size="small"
            onClick={() =>
              void fetchMore({
                variables: { after: connection.pageInfo.endCursor },
                updateQuery: (previous, { fetchMoreResult }) => ({
                  workflowRuns: {
                    ...fetchMoreResult.workflowRuns,
                    edges: [...previous.workflowRuns.edges, ...fetchMoreResult.workflowRuns.edges],
                  },
                }),
              })
            }
          >
            Load more
          </Button>
        </div>
      ) : null}
    </section>
  );
}
