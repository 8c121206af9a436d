import type { SessionManager } from '../../lib/session.ts';

/**
 * Downloads the workspace's audit log from /audit/export (the dashboard's server passes it
 * through to the gateway, which streams it from the audit subgraph) as a file.
 */
export async function downloadExport(
  session: SessionManager,
  workspaceId: string,
  format: 'csv' | 'jsonl',
) {
  const token = await session.accessToken();
  const res = await fetch(
    `/audit/export?workspaceId=${encodeURIComponent(workspaceId)}&format=${format}`,
    { headers: token ? { authorization: `Bearer ${token}` } : {} },
  );
  if (!res.ok) throw new Error(`The export failed (HTTP ${res.status}).`);
  const url = URL.createObjectURL(await res.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = `audit-${workspaceId}.${format}`;
  link.click();
  URL.revokeObjectURL(url);
}
