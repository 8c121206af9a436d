'use client';
// One automation: its switches, the builder, "Try it", and its runs, live.
import { useMutation, useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { DELETE_WORKFLOW, WORKFLOW, WORKFLOWS } from '../../lib/graphql/workflows.ts';
import { roleAtLeast, WORKSPACE_BASES } from '../../lib/graphql/workspaces.ts';
import { useToasts } from '../toasts.tsx';
import { Button, Dialog, EmptyState, ErrorMessage, Loading } from '../ui.tsx';
import { RunControls } from './run-controls.tsx';
import { RunHistory } from './run-history.tsx';
import { useLiveRuns } from './use-live-runs.ts';
import { WorkflowBuilder } from './workflow-builder.tsx';
import { WorkflowControls } from './workflow-controls.tsx';

export function WorkflowPage({
  workspaceId,
  workflowId,
}: {
  workspaceId: string;
  workflowId: string;
}) {
  const router = useRouter();
  const toasts = useToasts();
  const workspace = useQuery(WORKSPACE_BASES, { variables: { id: workspaceId } });
  const canEdit = roleAtLeast(workspace.data?.workspace?.role, 'EDITOR');
  const { data, loading, error, refetch } = useQuery(WORKFLOW, {
    variables: { id: workflowId },
    fetchPolicy: 'cache-and-network',
  });
  const live = useLiveRuns(workflowId);
  const [tab, setTab] = useState<'build' | 'runs'>('build');
  const [deleting, setDeleting] = useState(false);
  const [remove, removing] = useMutation(DELETE_WORKFLOW, {
    refetchQueries: [{ query: WORKFLOWS, variables: { workspaceId } }],
  });
  const workflow = data?.workflow;
  const list = `/w/${workspaceId}/automations`;

  if (loading && !data) return <Loading />;
  if (error && !data)
    return (
      <div className="page">
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      </div>
    );
  if (!workflow)
    return (
      <div className="page">
        <EmptyState
          icon="bolt"
          title="This automation does not exist"
          action={<Link href={list}>All automations</Link>}
        >
          It may have been deleted.
        </EmptyState>
      </div>
    );

  return (
    <div className="page">
      <title>{`${workflow.name} · Automations`}</title>
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link href={list}>Automations</Link> / <span>{workflow.name}</span>
      </nav>
      <div className="page-header">
        <div style={{ minWidth: 0 }}>
          <h1>{workflow.name}</h1>
          <p>
            Version {workflow.version} · updated {new Date(workflow.updatedAt).toLocaleString()}
          </p>
        </div>
        <div className="form-row">
          <WorkflowControls workflow={workflow} canEdit={canEdit} />
          {canEdit ? (
            <Button size="small" variant="danger" icon="trash" onClick={() => setDeleting(true)}>
              Delete
            </Button>
          ) : null}
        </div>
      </div>
      {live.error ? <ErrorMessage error={live.error} compact /> : null}
      <div
        className="segmented"
        role="group"
        aria-label="Automation sections"
        style={{ justifySelf: 'start' }}
      >
        <button type="button" aria-pressed={tab === 'build'} onClick={() => setTab('build')}>
          Build
        </button>
        <button type="button" aria-pressed={tab === 'runs'} onClick={() => setTab('runs')}>
          Run history
        </button>
      </div>
      {tab === 'build' ? (
        <>
          <WorkflowBuilder
            key={workflow.id}
            workspaceId={workspaceId}
            workflow={workflow}
            canEdit={canEdit}
          />
          <RunControls workflow={workflow} canEdit={canEdit} />
        </>
      ) : (
        <RunHistory workflowId={workflow.id} canEdit={canEdit} />
      )}
      <Dialog
        open={deleting}
        title="Delete this automation?"
        onClose={() => setDeleting(false)}
        footer={
          <>
            <Button onClick={() => setDeleting(false)}>Cancel</Button>
            <Button
              variant="danger"
              busy={removing.loading}
              onClick={async () => {
                try {
                  await remove({ variables: { id: workflow.id } });
                  router.push(list);
                } catch (failure) {
                  toasts.error(failure);
                }
              }}
            >
              Delete automation
            </Button>
          </>
        }
      >
        <p>Its runs and their history go with it. This cannot be undone.</p>
      </Dialog>
    </div>
  );
}
