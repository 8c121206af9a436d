'use client';
import { useParams } from 'next/navigation';
import { TableView } from '@/components/table/table-view.tsx';

export default function TablePage() {
  const { workspaceId, baseId, tableId } = useParams<{
    workspaceId: string;
    baseId: string;
    tableId: string;
  }>();
  return <TableView workspaceId={workspaceId} baseId={baseId} tableId={tableId} />;
}
