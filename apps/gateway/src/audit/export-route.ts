import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { signedFetch, type Logger } from '@pyairtable/subgraph-kit';
import type { Express } from 'express';
import { callerOf, type AuthResult } from '../authenticate.ts';

/**
 * GET /audit/export?workspaceId=…&format=csv|jsonl — a workspace's audit log as a file
 * (owners and admins), streamed from the audit subgraph as it reads it; X-Audit-Entries gives
 * the total for a progress bar.
 */
export function addAuditExport(
  app: Express,
  options: {
    auditUrl: string;
    signingSecret: string;
    authenticate: (authorization: string | undefined, requestId: string) => Promise<AuthResult>;
    logger: Logger;
    newRequestId: () => string;
  },
) {
  app.get('/audit/export', async (req, res) => {
    const requestId = options.newRequestId();
    try {
      const auth = await options.authenticate(req.header('authorization'), requestId);
      if (!auth.ok || !auth.credentials)
        return void res
          .status(401)
          .json({ error: { code: 'UNAUTHENTICATED', message: 'Sign in first.' } });
      const url = new URL('/internal/audit-export', options.auditUrl);
      url.searchParams.set('workspaceId', String(req.query.workspaceId ?? ''));
      url.searchParams.set('format', req.query.format === 'csv' ? 'csv' : 'jsonl');
      const upstream = await signedFetch(
        url,
        {},
        {
          audience: 'audit',
          secret: options.signingSecret,
          caller: callerOf(auth.credentials, requestId, req.ip ?? null),
        },
      );
      res.status(upstream.status);
      for (const name of ['content-type', 'content-disposition', 'x-audit-entries']) {
        const value = upstream.headers.get(name);
        if (value) res.setHeader(name, value);
      }
      if (!upstream.body) return void res.end();
      Readable.fromWeb(upstream.body as WebReadableStream).pipe(res);
    } catch (error) {
      options.logger.error({ err: error, requestId }, 'audit export failed');
      if (!res.headersSent)
        res.status(503).json({
          error: {
            code: 'UPSTREAM_UNAVAILABLE',
            message: 'Audit unavailable. Try again shortly.',
          },
        });
      else res.destroy();
    }
  });
}
