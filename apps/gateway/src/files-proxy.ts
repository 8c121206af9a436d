import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { pipeline } from 'node:stream/promises';
import {
  CONTEXT_HEADER,
  REQUEST_ID_HEADER,
  signRequest,
  streamedBodyClaim,
  type Logger,
} from '@pyairtable/subgraph-kit';
import type { Express, Request, Response } from 'express';
import { callerOf, type Credentials } from './authenticate.ts';

type Authenticate = (
  authorization: string | undefined,
  requestId: string,
) => Promise<{ ok: true; credentials: Credentials | null } | { ok: false; message: string }>;

// The tus protocol's request headers, and what a download needs; nothing else is forwarded.
const FORWARDED = [
  'content-type',
  'content-length',
  'upload-length',
  'upload-offset',
  'upload-metadata',
  'upload-defer-length',
  'upload-concat',
  'tus-resumable',
  'x-http-method-override',
  'origin',
];

function pick(headers: IncomingHttpHeaders) {
  const out: Record<string, string> = {};
  for (const name of FORWARDED) {
    const value = headers[name];
    if (typeof value === 'string') out[name] = value;
  }
  return out;
}

/**
 * `/files/*`: tus uploads (`/files/uploads`, authenticated like /graphql, read-only API keys
 * refused) and signed download links, streamed to the files subgraph without buffering.
 */
export function addFilesProxy(
  app: Express,
  options: {
    filesUrl: string;
    signingSecret: string;
    authenticate: Authenticate;
    logger: Logger;
    newRequestId: () => string;
  },
) {
  const target = new URL(options.filesUrl);
  const forward = (req: Request, res: Response, headers: Record<string, string>) =>
    new Promise<void>((resolve) => {
      const upstream = httpRequest(
        {
          host: target.hostname,
          port: target.port,
          method: req.method,
          path: req.originalUrl,
          headers,
        },
        (answer) => {
          res.status(answer.statusCode ?? 502);
          for (const [name, value] of Object.entries(answer.headers))
            if (value !== undefined && name !== 'connection' && name !== 'transfer-encoding')
              res.setHeader(name, value);
          pipeline(answer, res).then(resolve, resolve);
        },
      );
      upstream.on('error', (error) => {
        options.logger.warn({ err: error }, 'files proxy failed');
        if (!res.headersSent) res.status(503).end('Service unavailable.\n');
        else res.destroy();
        resolve();
      });
      // A client that goes away mid-upload cuts the upstream request too, so tus keeps what arrived.
      req.on('aborted', () => upstream.destroy());
      res.on('close', () => {
        if (!res.writableFinished) upstream.destroy();
      });
      req.pipe(upstream);
    });

  app.use('/files/uploads', async (req, res) => {
    const requestId = options.newRequestId();
    try {
      if (req.method === 'OPTIONS') return void (await forward(req, res, pick(req.headers)));
      const auth = await options.authenticate(req.header('authorization'), requestId);
      if (!auth.ok || !auth.credentials)
        return void res.status(401).type('text/plain').send('Authentication required.\n');
      if (auth.credentials.apiKeyScopes?.readOnly && req.method !== 'HEAD')
        return void res.status(403).type('text/plain').send('This API key is read-only.\n');
      await forward(req, res, {
        ...pick(req.headers),
        [REQUEST_ID_HEADER]: requestId,
        // Bound to the request and the upload's length and offset; the bytes stream through.
        [CONTEXT_HEADER]: signRequest(
          callerOf(auth.credentials, requestId, req.ip ?? null),
          {
            audience: 'files',
            method: req.method,
            path: req.originalUrl,
            body: streamedBodyClaim(req.headers),
          },
          options.signingSecret,
        ),
      });
    } catch (error) {
      options.logger.error({ err: error, requestId }, 'files upload proxy failed');
      if (!res.headersSent) res.status(503).type('text/plain').send('Service unavailable.\n');
    }
  });
  // Signed links carry their own authorization.
  app.get(['/files/download/:id', '/files/thumbnail/:id'], (req, res) =>
    forward(req, res, pick(req.headers)),
  );
}
