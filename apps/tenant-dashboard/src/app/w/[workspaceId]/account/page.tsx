'use client';
import { useParams } from 'next/navigation';
import { AccountPage } from '@/components/account/account-page.tsx';

export default function Page() {
  const { workspaceId } = useParams<{ workspaceId: string }>();
  return <AccountPage workspaceId={workspaceId} />;
}
