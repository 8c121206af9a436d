'use client';
// A workspace's automations: what starts each one, its last run, its switches, and the
// workspace's runs this month against its quota.
import { useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { WORKFLOWS } from '../../lib/graphql/workflows.ts';
import { roleAtLeast, WORKSPACE_BASES } from '../../lib/graphql/workspaces.ts';
import { readTrigger } from '../../lib/workflow-draft.ts';
import { Icon } from '../icons.tsx';
import { EmptyState, ErrorMessage, Loading } from '../ui.tsx';
import { WorkflowRow } from './workflow-row.tsx';

export function AutomationsPage({ workspaceId }: { workspaceId: string }) {
  const workspace = useQuery(WORKSPACE_BASES, { variables: { id: workspaceId } });
  const canEdit = roleAtLeast(workspace.data?.workspace?.role, 'EDITOR');
  const { data, loading, error, refetch } = useQuery(WORKFLOWS, {
    variables: { workspaceId },
    fetchPolicy: 'cache-and-network',
  });
  const workflows = data?.workflows ?? [];
  const tables = new Map(
    (workspace.data?.workspace?.bases ?? []).flatMap((b) => b.tables.map((t) => [t.id, t.name])),
  );
  const usage = workflows[0];
  const newButton = canEdit ? (
    <Link className="btn btn-primary" href={`/w/${workspaceId}/automations/new`}>
      <Icon name="plus" size={15} />
      New automation
    </Link>
  ) : null;

  return (
    <div className="page">
      <title>Automations</title>
      <div className="page-header">
        <div>
          <h1>Automations</h1>
          <p>
            When something happens in a base, on a schedule or at a webhook, run steps: update
            records, notify people, call your systems, ask the assistant.
          </p>
        </div>
        {newButton}
      </div>
      {usage ? (
        <p className="muted" aria-label="Runs this month">
          {usage.runsThisMonth.toLocaleString()} of {usage.runQuota.toLocaleString()} runs this
          month in this workspace
        </p>
      ) : null}
      {loading && !data ? (
        <Loading />
      ) : error && !data ? (
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      ) : workflows.length === 0 ? (
        <EmptyState icon="bolt" title="No automations yet" action={newButton}>
          {canEdit
            ? 'Start one from a record change, a schedule, a webhook or by hand.'
            : 'Editors of this workspace can create them.'}
        </EmptyState>
      ) : (
        <section className="card">
          <ul className="list" aria-label="Automations">
            {workflows.map((workflow) => {
              const tableId = readTrigger(workflow.trigger).tableId;
              return (
                <WorkflowRow
                  key={workflow.id}
                  workspaceId={workspaceId}
                  workflow={workflow}
                  tableName={tableId ? tables.get(tableId) : undefined}
                  canEdit={canEdit}
                />
              );
            })}
          </ul>
        </section>
      )}
    </div>
  );
}
