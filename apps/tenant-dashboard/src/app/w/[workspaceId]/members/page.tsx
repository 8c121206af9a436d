'use client';
import { useParams } from 'next/navigation';
import { MembersPage } from '@/components/members/members-page.tsx';

export default function Page() {
  const { workspaceId } = useParams<{ workspaceId: string }>();
  return <MembersPage workspaceId={workspaceId} />;
}
