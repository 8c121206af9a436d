'use client';
import { useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { roleAtLeast, WORKSPACE_BASES } from '../../lib/graphql/workspaces.ts';
import { EmptyState, Loading } from '../ui.tsx';
import { WorkflowBuilder } from './workflow-builder.tsx';

/** A new automation in the builder; it is created off, to turn on when it is ready. */
export function NewAutomationPage({ workspaceId }: { workspaceId: string }) {
  const { data, loading } = useQuery(WORKSPACE_BASES, { variables: { id: workspaceId } });
  const list = `/w/${workspaceId}/automations`;
  if (loading && !data) return <Loading />;
  const canEdit = roleAtLeast(data?.workspace?.role, 'EDITOR');
  return (
    <div className="page">
      <title>New automation</title>
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link href={list}>Automations</Link> / <span>New</span>
      </nav>
      <div className="page-header">
        <div>
          <h1>New automation</h1>
          <p>Choose what starts it, then the steps it runs, in order.</p>
        </div>
      </div>
      {canEdit ? (
        <WorkflowBuilder workspaceId={workspaceId} workflow={null} canEdit />
      ) : (
        <EmptyState icon="bolt" title="Only editors create automations">
          Ask an editor or an admin of this workspace.
        </EmptyState>
      )}
    </div>
  );
}
