import express, {
  type ErrorRequestHandler,
  type NextFunction,
  type Request,
  type Response,
} from 'express';
import { createServiceMetrics, metricsAccessOf, type Logger } from '@pyairtable/subgraph-kit';
import { createRecordComments } from './comments/record-comments.ts';
import type { AirtableLocalConfig } from './config.ts';
import { ApiError, modelNotFound } from './http/api-error.ts';
import { authenticate, authorize, type Token } from './http/authenticate.ts';
import { addPlaceholderAttachments } from './http/placeholder-attachment.ts';
import { createRateLimiter } from './http/rate-limiter.ts';
import { addAttachmentContent, uploadAttachment } from './records/upload-attachment.ts';
import {
  addField,
  createTable,
  describeTable,
  updateField,
  updateTable,
} from './meta/schema-api.ts';
import { listRecords } from './records/list-records.ts';
import { createFieldComputer } from './fields/compute-fields.ts';
import { findTable } from './records/find-table.ts';
import { renderRecord } from './records/render-record.ts';
import {
  createRecords,
  deleteRecords,
  updateRecord,
  updateRecords,
  type WriteDeps,
} from './records/write-records.ts';
import type { Store } from './store.ts';
import { createWebhooks } from './webhooks/webhooks.ts';

export interface Faults {
  rate: number;
  kinds: string[];
}

type Handler = (req: Request, res: Response) => Promise<unknown>;

// A receiver that has not answered a ping in 10 s has failed it.
const PING_TIMEOUT_MS = 10_000;

const RATE_LIMITED = () =>
  new ApiError(429, 'RATE_LIMIT_REACHED', 'Rate limit exceeded. Please try again later');

/** The Airtable-compatible HTTP API. */
export function createApp(deps: {
  config: AirtableLocalConfig;
  store: Store;
  logger: Logger;
  now: () => Date;
}) {
  const { config, store, logger } = deps;
  const perBase = createRateLimiter(config.RATE_LIMIT_PER_BASE, config.RATE_LIMIT_PENALTY_MS);
  const perToken = createRateLimiter(config.RATE_LIMIT_PER_TOKEN, config.RATE_LIMIT_PENALTY_MS);
  const webhooks = createWebhooks({
    store,
    logger,
    now: deps.now,
    lifetimeMs: config.WEBHOOK_LIFETIME_MS,
    allowPrivateUrls: config.WEBHOOKS_ALLOW_PRIVATE_URLS,
    pingRetryDelaysMs: Array.from(
      { length: config.WEBHOOK_PING_RETRIES },
      (_, i) => config.WEBHOOK_PING_RETRY_BASE_MS * 2 ** i,
    ),
    pingTimeoutMs: PING_TIMEOUT_MS,
  });
  const faults: Faults = { rate: config.FAULT_RATE, kinds: config.FAULT_KINDS };
  const app = express();
  app.disable('x-powered-by');
  const metrics = createServiceMetrics('airtable-local');
  app.use(metrics.http.middleware);
  metrics.route(app, metricsAccessOf(config));
  app.set('query parser', 'extended');
  app.set('etag', false);

  const token = (res: Response) => res.locals.token as Token;

  /**
   * Wraps a handler: scope, base access, the per-base rate limit (every route under a base
   * shares the base's 5 per second, webhooks included), JSON answer, Airtable errors. The
   * per-token limit is applied to all of /v0 before routing.
   */
  function route(scope: string, handler: Handler, options: { base?: boolean } = { base: true }) {
    return async (req: Request, res: Response, next: NextFunction) => {
      try {
        const baseId = options.base ? String(req.params.baseId) : undefined;
        authorize(token(res), scope, baseId);
        if (baseId) {
          // Refused before any database work, so a flood costs nothing while it is penalised.
          if (!perBase.allow(baseId)) throw RATE_LIMITED();
          if (!(await store.loadSchema(baseId))) throw modelNotFound();
        }
        res.json(await handler(req, res));
      } catch (error) {
        next(error);
      }
    };
  }

  function writeDeps(baseId: string): WriteDeps & { flush(): Promise<void> } {
    let touched = false;
    return {
      store,
      now: deps.now,
      onChanges: async (client, id, transactionNumber, changes) => {
        await webhooks.record(client, id, transactionNumber, changes);
        touched = true;
      },
      // Pings go out after the response, like Airtable's, so a slow receiver never slows a write.
      flush: async () => {
        if (touched)
          void webhooks
            .notify(baseId)
            .catch((err: unknown) => logger.warn({ err }, 'webhook ping failed'));
      },
    };
  }

  function write(run: (deps: WriteDeps, req: Request) => Promise<unknown>): Handler {
    return async (req) => {
      const wd = writeDeps(String(req.params.baseId));
      const result = await run(wd, req);
      await wd.flush();
      return result;
    };
  }

  const body = (req: Request) => (req.body ?? {}) as Record<string, unknown>;
  const schemaOf = async (req: Request) => (await store.loadSchema(String(req.params.baseId)))!;

  app.get('/healthz', (_req, res) => void res.json({ status: 'ok', service: 'airtable-local' }));
  app.get('/readyz', async (_req, res) => {
    const ok = await store.pool.query('SELECT 1').then(
      () => true,
      () => false,
    );
    res.status(ok ? 200 : 503).json({ status: ok ? 'ready' : 'unavailable' });
  });

  addAttachmentContent(app, store);
  addPlaceholderAttachments(app);

  // Counts of answered /v0 requests by method and status, for tests and the bench.
  const stats = {
    requests: 0,
    byMethod: {} as Record<string, number>,
    byStatus: {} as Record<string, number>,
  };
  app.use('/v0', (req, res, next) => {
    res.on('finish', () => {
      stats.requests++;
      stats.byMethod[req.method] = (stats.byMethod[req.method] ?? 0) + 1;
      stats.byStatus[res.statusCode] = (stats.byStatus[res.statusCode] ?? 0) + 1;
    });
    next();
  });

  app.use('/v0', (req, res, next) => {
    if (faults.rate > 0 && Math.random() < faults.rate && faults.kinds.length > 0) {
      const kind = faults.kinds[Math.floor(Math.random() * faults.kinds.length)]!;
      if (kind === 'timeout') return void setTimeout(() => res.socket?.destroy(), 30_000).unref();
      const status = Number(kind);
      const error =
        status === 429
          ? RATE_LIMITED()
          : new ApiError(
              status,
              status === 502 ? 'BAD_GATEWAY' : 'SERVICE_UNAVAILABLE',
              'Injected fault',
            );
      return void res.status(status).json(error.body);
    }
    next();
  });
  app.use('/v0', async (req, res, next) => {
    try {
      res.locals.token = await authenticate(store, req.header('authorization'));
      if (!perToken.allow(token(res).hash)) throw RATE_LIMITED();
      next();
    } catch (error) {
      next(error);
    }
  });
  // A 5 MB file is about 6.7 MB in base64.
  const uploadJson = express.json({ limit: '7mb' });
  const json = express.json({ limit: '5mb' });
  app.use('/v0', (req, res, next) =>
    (req.path.endsWith('/uploadAttachment') ? uploadJson : json)(req, res, next),
  );

  // Metadata
  app.get(
    '/v0/meta/bases',
    route(
      'schema.bases:read',
      async (_req, res) => ({
        bases: (await store.listBases(token(res).baseIds)).map((b) => ({
          id: b.id,
          name: b.name,
          permissionLevel: 'create',
        })),
      }),
      { base: false },
    ),
  );
  app.get(
    '/v0/meta/bases/:baseId/tables',
    route('schema.bases:read', async (req) => ({
      tables: (await schemaOf(req)).tables.map(describeTable),
    })),
  );
  app.post(
    '/v0/meta/bases/:baseId/tables',
    route('schema.bases:write', (req) => createTable(store, String(req.params.baseId), body(req))),
  );
  app.patch(
    '/v0/meta/bases/:baseId/tables/:tableId',
    route('schema.bases:write', (req) =>
      updateTable(store, String(req.params.baseId), String(req.params.tableId), body(req)),
    ),
  );
  app.post(
    '/v0/meta/bases/:baseId/tables/:tableId/fields',
    route('schema.bases:write', (req) =>
      addField(store, String(req.params.baseId), String(req.params.tableId), body(req)),
    ),
  );
  app.patch(
    '/v0/meta/bases/:baseId/tables/:tableId/fields/:fieldId',
    route('schema.bases:write', (req) =>
      updateField(
        store,
        String(req.params.baseId),
        String(req.params.tableId),
        String(req.params.fieldId),
        body(req),
      ),
    ),
  );

  // Webhooks
  const hook = (req: Request) => [String(req.params.baseId), String(req.params.webhookId)] as const;
  app.post(
    '/v0/bases/:baseId/webhooks',
    route('webhook:manage', (req) => webhooks.create(String(req.params.baseId), body(req))),
  );
  app.get(
    '/v0/bases/:baseId/webhooks',
    route('webhook:manage', (req) => webhooks.list(String(req.params.baseId))),
  );
  app.delete(
    '/v0/bases/:baseId/webhooks/:webhookId',
    route('webhook:manage', (req) => webhooks.delete(...hook(req))),
  );
  app.post(
    '/v0/bases/:baseId/webhooks/:webhookId/refresh',
    route('webhook:manage', (req) => webhooks.refresh(...hook(req))),
  );
  app.post(
    '/v0/bases/:baseId/webhooks/:webhookId/enableNotifications',
    route('webhook:manage', (req) => webhooks.setNotifications(...hook(req), body(req).enable)),
  );
  app.get(
    '/v0/bases/:baseId/webhooks/:webhookId/payloads',
    route('webhook:manage', (req) =>
      webhooks.payloads(...hook(req), req.query.cursor, req.query.limit),
    ),
  );

  // Airtable's content API (content.airtable.com), served here on the same origin.
  app.post(
    '/v0/:baseId/:recordId/:field/uploadAttachment',
    route(
      'data.records:write',
      write(async (wd, req) => {
        const baseId = String(req.params.baseId);
        const record = await uploadAttachment(
          wd,
          {
            baseId,
            recordId: String(req.params.recordId),
            field: decodeURIComponent(String(req.params.field)),
            publicUrl: config.PUBLIC_URL ?? `${req.protocol}://${req.get('host')}`,
          },
          body(req),
        );
        return record;
      }),
    ),
  );

  // Record comments; the author is the token's user, who alone may edit or delete them.
  const table = (req: Request) => decodeURIComponent(String(req.params.table));
  const comments = createRecordComments(store, deps.now);
  const commentsPath = '/v0/:baseId/:table/:recordId/comments';
  app.get(
    commentsPath,
    route('data.recordComments:read', async (req) =>
      comments.list(await schemaOf(req), table(req), String(req.params.recordId), req.query),
    ),
  );
  app.post(
    commentsPath,
    route('data.recordComments:write', async (req, res) =>
      comments.create(
        await schemaOf(req),
        table(req),
        String(req.params.recordId),
        body(req),
        token(res),
      ),
    ),
  );
  app.patch(
    `${commentsPath}/:commentId`,
    route('data.recordComments:write', async (req, res) =>
      comments.update(
        await schemaOf(req),
        table(req),
        String(req.params.recordId),
        String(req.params.commentId),
        body(req),
        token(res),
      ),
    ),
  );
  app.delete(
    `${commentsPath}/:commentId`,
    route('data.recordComments:write', async (req, res) =>
      comments.delete(
        await schemaOf(req),
        table(req),
        String(req.params.recordId),
        String(req.params.commentId),
        token(res),
      ),
    ),
  );

  // Records (req: Request) => decodeURIComponent(String(req.params.table));
  app.get(
    '/v0/:baseId/:table',
    route('data.records:read', async (req) =>
      listRecords(store, await schemaOf(req), table(req), req.query, deps.now),
    ),
  );
  app.post(
    '/v0/:baseId/:table/listRecords',
    route('data.records:read', async (req) =>
      listRecords(store, await schemaOf(req), table(req), body(req), deps.now),
    ),
  );
  app.get(
    '/v0/:baseId/:table/:recordId',
    route('data.records:read', async (req) => {
      const schema = await schemaOf(req);
      const t = findTable(schema, table(req));
      const [row] = (await store.findRecords([String(req.params.recordId)])).filter(
        (r) => r.tableId === t.id,
      );
      if (!row) throw new ApiError(404, 'NOT_FOUND');
      const [full] = await createFieldComputer(store, schema, deps.now).compute(t, [row]);
      return renderRecord(t, full!, {
        returnFieldsByFieldId: req.query.returnFieldsByFieldId === 'true',
      });
    }),
  );
  app.post(
    '/v0/:baseId/:table',
    route(
      'data.records:write',
      write((wd, req) => createRecords(wd, String(req.params.baseId), table(req), body(req))),
    ),
  );
  app.patch(
    '/v0/:baseId/:table',
    route(
      'data.records:write',
      write((wd, req) =>
        updateRecords(wd, String(req.params.baseId), table(req), body(req), false),
      ),
    ),
  );
  app.put(
    '/v0/:baseId/:table',
    route(
      'data.records:write',
      write((wd, req) => updateRecords(wd, String(req.params.baseId), table(req), body(req), true)),
    ),
  );
  app.delete(
    '/v0/:baseId/:table',
    route(
      'data.records:write',
      write((wd, req) => {
        const ids = req.query.records;
        return deleteRecords(
          wd,
          String(req.params.baseId),
          table(req),
          (Array.isArray(ids) ? ids : ids === undefined ? [] : [ids]).map(String),
        );
      }),
    ),
  );
  app.patch(
    '/v0/:baseId/:table/:recordId',
    route(
      'data.records:write',
      write((wd, req) =>
        updateRecord(
          wd,
          String(req.params.baseId),
          table(req),
          String(req.params.recordId),
          body(req),
          false,
        ),
      ),
    ),
  );
  app.put(
    '/v0/:baseId/:table/:recordId',
    route(
      'data.records:write',
      write((wd, req) =>
        updateRecord(
          wd,
          String(req.params.baseId),
          table(req),
          String(req.params.recordId),
          body(req),
          true,
        ),
      ),
    ),
  );
  app.delete(
    '/v0/:baseId/:table/:recordId',
    route(
      'data.records:write',
      write(async (wd, req) => {
        const result = await deleteRecords(wd, String(req.params.baseId), table(req), [
          String(req.params.recordId),
        ]);
        return result.records[0];
      }),
    ),
  );

  app.use((_req, res) => void res.status(404).json({ error: 'NOT_FOUND' }));
  const onError: ErrorRequestHandler = (error: unknown, _req, res, _next) => {
    if (error instanceof ApiError) return void res.status(error.status).json(error.body);
    const e = error as { type?: string; status?: number };
    if (e.type === 'entity.too.large')
      return void res
        .status(413)
        .json({ error: { type: 'REQUEST_TOO_LARGE', message: 'Request body is too large' } });
    if (e.status && e.status < 500)
      return void res.status(e.status).json({
        error: {
          type: 'INVALID_REQUEST_UNKNOWN',
          message: 'Invalid request: parameter validation failed. Check your request data.',
        },
      });
    logger.error({ err: error }, 'request failed');
    res.status(500).json({ error: { type: 'SERVER_ERROR', message: 'Server error' } });
  };
  app.use(onError);

  return {
    app,
    close: () => webhooks.close(),
    setFaults: (next: Faults) => Object.assign(faults, next),
    stats: () => structuredClone(stats),
    resetStats: () => Object.assign(stats, { requests: 0, byMethod: {}, byStatus: {} }),
  };
}
