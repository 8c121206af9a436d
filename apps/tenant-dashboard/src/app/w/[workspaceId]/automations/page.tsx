'use client';
import { useParams } from 'next/navigation';
import { AutomationsPage } from '@/components/automations/automations-page.tsx';

export default function Page() {
  const { workspaceId } = useParams<{ workspaceId: string }>();
  return <AutomationsPage workspaceId={workspaceId} />;
}
