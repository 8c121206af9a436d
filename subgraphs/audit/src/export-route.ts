import type { Express, RequestHandler, Response } from 'express';
import type { Caller } from '@pyairtable/subgraph-kit';
import { isClientError } from '@pyairtable/subgraph-kit';
import type { AuditDeps } from './deps.ts';
import type { AuditEntry } from './db.ts';
import { requireWorkspaceRole } from './domain/access.ts';
import { actorOf } from './domain/actor.ts';

const PAGE = 1_000;
const COLUMNS = [
  'id',
  'at',
  'path',
  'operation',
  'outcome',
  'errorCode',
  'userId',
  'apiKeyId',
  'requestId',
  'ip',
  'userAgent',
  'target',
  'chain',
  'position',
  'prevHash',
  'hash',
] as const;

const csvField = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

function exported(e: AuditEntry) {
  return {
    id: e.id,
    at: e.at.toISOString(),
    path: e.path,
    operation: e.operation,
    outcome: e.outcome,
    errorCode: e.errorCode,
    userId: e.userId,
    apiKeyId: e.apiKeyId,
    requestId: e.requestId,
    ip: e.ip,
    userAgent: e.userAgent,
    target: e.target,
    workspaceId: e.workspaceId,
    chain: e.chain,
    position: e.position.toString(),
    prevHash: e.prevHash,
    hash: e.hash,
  };
}

async function write(res: Response, line: string) {
  if (!res.write(line)) await new Promise((resolve) => res.once('drain', resolve));
}

/**
 * GET /internal/audit-export?workspaceId=…&format=csv|jsonl — a workspace's log, oldest
 * first, streamed page by page (owners and admins; the gateway forwards /audit/export here).
 * X-Audit-Entries announces the count for progress. JSON Lines ends with the chain's signed
 * checkpoints and public key, so `verify-audit-export` can check it offline.
 */
export function addExportRoute(deps: AuditDeps, publicKey: string) {
  return (app: Express, requireGateway: RequestHandler) => {
    app.get('/internal/audit-export', requireGateway, async (req, res, next) => {
      const caller = (req as unknown as { caller: Caller }).caller;
      const format = req.query.format === 'csv' ? 'csv' : 'jsonl';
      let workspaceId: string;
      try {
        workspaceId = await requireWorkspaceRole(
          deps,
          actorOf(caller, caller.requestId, deps.logger),
          String(req.query.workspaceId ?? ''),
        );
      } catch (error) {
        if (!isClientError(error)) return next(error);
        const code = (error as { extensions?: { code?: string } }).extensions?.code;
        res.status(code === 'UNAUTHENTICATED' ? 401 : code === 'NOT_FOUND' ? 404 : 403).json({
          error: { code, message: (error as Error).message },
        });
        return;
      }
      const total = await deps.db.countEntries({ workspaceId });
      res.status(200);
      res.setHeader(
        'content-type',
        format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson',
      );
      res.setHeader('content-disposition', `attachment; filename="audit-${workspaceId}.${format}"`);
      res.setHeader('x-audit-entries', String(total));
      if (format === 'csv') await write(res, `${COLUMNS.join(',')}\r\n`);
      let after = 0n;
      for (;;) {
        const page = await deps.db.listEntriesAscending(workspaceId, after, PAGE);
        for (const e of page) {
          const row = exported(e);
          await write(
            res,
            format === 'csv'
              ? `${COLUMNS.map((c) => {
                  const v = row[c];
                  return csvField(v === null ? '' : typeof v === 'string' ? v : JSON.stringify(v));
                }).join(',')}\r\n`
              : `${JSON.stringify({ type: 'entry', ...row })}\n`,
          );
        }
        if (page.length < PAGE) break;
        after = page.at(-1)!.seq;
      }
      if (format === 'jsonl') {
        for (const c of await deps.db.listCheckpoints(workspaceId))
          await write(
            res,
            `${JSON.stringify({ type: 'checkpoint', chain: c.chain, position: c.position.toString(), hash: c.hash, at: c.at.toISOString(), keyId: c.keyId, signature: c.signature })}\n`,
          );
        await write(res, `${JSON.stringify({ type: 'key', publicKey })}\n`);
      }
      res.end();
    });
  };
}
