'use client';
import { useParams } from 'next/navigation';
import { AirtablePage } from '@/components/airtable/airtable-page.tsx';

export default function Page() {
  const { workspaceId } = useParams<{ workspaceId: string }>();
  return <AirtablePage workspaceId={workspaceId} />;
}
