import type { WorkflowRunStatus, WorkflowStepStatus } from '../../lib/graphql/workflows.ts';
import { Badge } from '../ui.tsx';

const TONE: Record<WorkflowRunStatus | WorkflowStepStatus, string> = {
  QUEUED: 'neutral',
  RUNNING: 'accent',
  WAITING: 'warning',
  SUCCEEDED: 'success',
  FAILED: 'danger',
  CANCELLED: 'neutral',
  SKIPPED: 'warning',
};

/** A run's or a step's status as a coloured word. */
export function RunStatus({ status }: { status: WorkflowRunStatus | WorkflowStepStatus }) {
  return <Badge tone={TONE[status]}>{status.toLowerCase()}</Badge>;
}

/** A run that can still be cancelled. */
export function isUnfinished(status: WorkflowRunStatus): boolean {
  return status === 'QUEUED' || status === 'RUNNING' || status === 'WAITING';
}

export function formatMs(ms: number | null): string {
  if (ms === null) return '—';
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
}
