import { isReadRequest } from './api-key-scopes.ts';
import {
  CONTEXT_HEADER,
  pathOf,
  REQUEST_ID_HEADER,
  signRequest,
  type Logger,
} from '@pyairtable/subgraph-kit';
import express, { type Express } from 'express';
import { callerOf, type Credentials } from './authenticate.ts';

type Authenticate = (
  authorization: string | undefined,
  requestId: string,
) => Promise<{ ok: true; credentials: Credentials | null } | { ok: false; message: string }>;

function airtableError(res: express.Response, status: number, type: string, message: string) {
  res.status(status).json({ error: { type, message } });
}

/**
 * The upstream path of a /v0 request, rebuilt from its decoded segments so it cannot leave
 * /v0/ (`..`, `%2e%2e`, encoded slashes or backslashes); null for anything else.
 */
export function proxiedPath(originalUrl: string): string | null {
  const [rawPath = '', ...query] = originalUrl.split('?');
  const segments = rawPath.split('/').slice(1);
  if (segments[0] !== 'v0' || segments.length < 2) return null;
  const clean: string[] = [];
  for (const [index, raw] of segments.slice(1).entries()) {
    // airtable.js sends batch updates to `/{table}/`: only the last segment may be empty.
    if (raw === '' && index === segments.length - 2) {
      clean.push('');
      continue;
    }
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (segment === '' || segment === '.' || segment === '..' || /[/\\\0]/.test(segment))
      return null;
    clean.push(encodeURIComponent(segment));
  }
  return `/v0/${clean.join('/')}${query.length ? `?${query.join('?')}` : ''}`;
}

/**
 * `/v0/*`: Airtable's Web API for existing Airtable clients (endpointUrl = the gateway),
 * authenticated with a platform API key or access token, forwarded to the airtable subgraph
 * with the signed caller.
 */
export function addAirtableProxy(
  app: Express,
  options: {
    airtableUrl: string;
    signingSecret: string;
    authenticate: Authenticate;
    logger: Logger;
    newRequestId: () => string;
    /** How long the subgraph may take to answer (SUBGRAPH_TIMEOUT_MS). */
    timeoutMs: number;
  },
) {
  const target = new URL(options.airtableUrl);

  // Airtable's webhook pings: forwarded as they are; the subgraph checks their MAC.
  app.post(
    '/webhooks/airtable/:baseId',
    express.raw({ type: () => true, limit: '64kb' }),
    async (req, res) => {
      try {
        const upstream = await fetch(
          new URL(`/webhooks/airtable/${encodeURIComponent(String(req.params.baseId))}`, target),
          {
            method: 'POST',
            headers: {
              'content-type': req.header('content-type') ?? 'application/json',
              'x-airtable-content-mac': req.header('x-airtable-content-mac') ?? '',
            },
            body: req.body instanceof Buffer ? req.body : undefined,
            signal: AbortSignal.timeout(options.timeoutMs),
          },
        );
        res.status(upstream.status).end();
      } catch (error) {
        options.logger.error({ err: error }, 'webhook ping forwarding failed');
        res.status(503).end();
      }
    },
  );
  app.use('/v0', express.raw({ type: () => true, limit: '5mb' }), async (req, res) => {
    const requestId = options.newRequestId();
    try {
      const auth = await options.authenticate(req.header('authorization'), requestId);
      if (!auth.ok || !auth.credentials)
        return airtableError(res, 401, 'AUTHENTICATION_REQUIRED', 'Authentication required');
      const path = proxiedPath(req.originalUrl);
      if (!path) return void res.status(404).json({ error: 'NOT_FOUND' });
      if (auth.credentials.apiKeyScopes?.readOnly && !isReadRequest(req.method, path))
        return airtableError(
          res,
          403,
          'INVALID_PERMISSIONS',
          'This API key is read-only: it cannot write records.',
        );
      const url = new URL(path, target);
      if (url.origin !== target.origin || !url.pathname.startsWith('/v0/'))
        return void res.status(404).json({ error: 'NOT_FOUND' });
      const body =
        ['GET', 'HEAD'].includes(req.method) ||
        !(req.body instanceof Buffer) ||
        req.body.length === 0
          ? undefined
          : req.body;
      const upstream = await fetch(url, {
        method: req.method,
        headers: {
          'content-type': req.header('content-type') ?? 'application/json',
          [REQUEST_ID_HEADER]: requestId,
          [CONTEXT_HEADER]: signRequest(
            callerOf(auth.credentials, requestId, req.ip ?? null),
            { audience: 'airtable', method: req.method, path: pathOf(url), body },
            options.signingSecret,
          ),
        },
        body,
        signal: AbortSignal.timeout(options.timeoutMs),
      });
      res
        .status(upstream.status)
        .type(upstream.headers.get('content-type') ?? 'application/json')
        .send(Buffer.from(await upstream.arrayBuffer()));
    } catch (error) {
      options.logger.error({ err: error, requestId }, 'airtable proxy failed');
      airtableError(res, 503, 'SERVICE_UNAVAILABLE', 'Service unavailable. Try again shortly.');
    }
  });
}
