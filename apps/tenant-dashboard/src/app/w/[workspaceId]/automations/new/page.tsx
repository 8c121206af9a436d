'use client';
import { useParams } from 'next/navigation';
import { NewAutomationPage } from '@/components/automations/new-automation-page.tsx';

export default function Page() {
  const { workspaceId } = useParams<{ workspaceId: string }>();
  return <NewAutomationPage workspaceId={workspaceId} />;
}
