'use client';
import { useParams } from 'next/navigation';
import { WorkflowPage } from '@/components/automations/workflow-page.tsx';

export default function Page() {
  const { workspaceId, workflowId } = useParams<{ workspaceId: string; workflowId: string }>();
  return <WorkflowPage workspaceId={workspaceId} workflowId={workflowId} />;
}
