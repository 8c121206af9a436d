'use client';
import { useParams } from 'next/navigation';
import { WebhooksPage } from '@/components/webhooks/webhooks-page.tsx';

export default function Page() {
  const { workspaceId } = useParams<{ workspaceId: string }>();
  return <WebhooksPage workspaceId={workspaceId} />;
}
