'use client';
import Link from 'next/link';
import { timeAgo } from '../../lib/format.ts';
import type { WorkflowSummary } from '../../lib/graphql/workflows.ts';
import { readTrigger, triggerSummary } from '../../lib/workflow-draft.ts';
import { RunStatus } from './run-status.tsx';
import { WorkflowControls } from './workflow-controls.tsx';

/** One automation in the list: what starts it, its last run, and its switches. */
export function WorkflowRow({
  workspaceId,
  workflow,
  tableName,
  canEdit,
}: {
  workspaceId: string;
  workflow: WorkflowSummary;
  tableName: string | undefined;
  canEdit: boolean;
}) {
  const trigger = readTrigger(workflow.trigger);
  return (
    <li className="workflow-row" aria-label={workflow.name}>
      <div className="grow">
        <div className="title">
          <Link href={`/w/${workspaceId}/automations/${workflow.id}`}>{workflow.name}</Link>
        </div>
        <div className="sub">{triggerSummary(trigger, tableName)}</div>
        <div className="sub">
          {workflow.lastRun ? (
            <>
              Last run <RunStatus status={workflow.lastRun.status} />{' '}
              {timeAgo(workflow.lastRun.createdAt)}
            </>
          ) : (
            'Never run'
          )}
        </div>
      </div>
      <WorkflowControls workflow={workflow} canEdit={canEdit} />
    </li>
  );
}
