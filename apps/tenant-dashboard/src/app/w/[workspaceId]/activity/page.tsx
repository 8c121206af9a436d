'use client';
import { useParams } from 'next/navigation';
import { ActivityPage } from '@/components/activity/activity-page.tsx';

export default function Page() {
  const { workspaceId } = useParams<{ workspaceId: string }>();
  return <ActivityPage workspaceId={workspaceId} />;
}
