'use client';
import { useParams } from 'next/navigation';
import { FilesPage } from '@/components/files/files-page.tsx';

export default function Page() {
  const { workspaceId } = useParams<{ workspaceId: string }>();
  return <FilesPage workspaceId={workspaceId} />;
}
