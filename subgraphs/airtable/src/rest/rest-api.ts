import { randomUUID } from 'node:crypto';
import express, {
  type Express,
  type NextFunction,
  type Request,
  type RequestHandler,
  type Response,
} from 'express';
import { Auth, badUserInput, forbidden, notFound, type Caller } from '@pyairtable/subgraph-kit';
import { requireBase, requireTable } from '../domain/access.ts';
import { describeBatch, writeRecords } from '../domain/write-records.ts';
import type { AirtableContext, AirtableDeps } from '../deps.ts';
import { decodeCursor, queryRecords } from '../mirror/query-records.ts';
import { ensureViewOrder } from '../resolvers/query.ts';
import { airtableError, airtableRecord, airtableTable } from './airtable-format.ts';

const MAX_PAGE_SIZE = 100;

function list(value: unknown): unknown[] {
  if (value === undefined) return [];
  if (Array.isArray(value)) return value;
  if (typeof value === 'object' && value !== null) return Object.values(value);
  return [value];
}

/**
 * Airtable's Web API served from the mirror (reads) and the writer (writes), for existing
 * Airtable clients pointed at the gateway. The gateway authenticates and signs the caller.
 */
export function addRestApi(deps: AirtableDeps) {
  return (app: Express, requireGateway: RequestHandler) => {
    const context = (req: Request): AirtableContext => {
      const caller = (req as Request & { caller: Caller }).caller;
      return {
        caller,
        auth: new Auth(caller),
        requestId: caller.requestId || randomUUID(),
        log: deps.logger.child({ requestId: caller.requestId }),
        deps,
      };
    };
    const handle =
      (fn: (ctx: AirtableContext, req: Request) => Promise<unknown>) =>
      async (req: Request, res: Response, next: NextFunction) => {
        try {
          res.json(await fn(context(req), req));
        } catch (error) {
          const mapped = airtableError(error);
          if (mapped) res.status(mapped.status).json(mapped.body);
          else next(error);
        }
      };
    const table = (req: Request) => decodeURIComponent(String(req.params.table));

    async function listRecords(
      ctx: AirtableContext,
      req: Request,
      params: Record<string, unknown>,
    ) {
      const { base, table: t } = await requireTable(
        ctx,
        String(req.params.baseId),
        table(req),
        'VIEWER',
      );
      await ensureViewOrder(
        ctx,
        base.id,
        t,
        typeof params.view === 'string' ? params.view : undefined,
      );
      const pageSize = Math.min(Number(params.pageSize ?? MAX_PAGE_SIZE), MAX_PAGE_SIZE);
      if (!Number.isInteger(pageSize) || pageSize < 1)
        throw badUserInput('Invalid page size', 'pageSize');
      const maxRecords = params.maxRecords === undefined ? undefined : Number(params.maxRecords);
      const offset = typeof params.offset === 'string' && params.offset ? params.offset : undefined;
      const sort = list(params.sort).map((s) => {
        const entry = s as { field?: string; direction?: string };
        return {
          field: String(entry.field),
          direction: entry.direction === 'desc' ? ('DESC' as const) : ('ASC' as const),
        };
      });
      const fields = params.fields === undefined ? undefined : list(params.fields).map(String);
      const start = offset ? decodeCursor(offset) : 0;
      const limited = maxRecords !== undefined && maxRecords > 0;
      const result = await queryRecords(
        deps.mirror,
        {
          tableId: t.id,
          filterByFormula:
            typeof params.filterByFormula === 'string' ? params.filterByFormula : undefined,
          sort,
          view: typeof params.view === 'string' ? params.view : undefined,
          fields,
          first: limited ? Math.min(pageSize, Math.max(0, maxRecords - start)) : pageSize,
          after: offset,
        },
        deps.clock(),
        deps.queryCache,
      );
      const byId = params.returnFieldsByFieldId === true || params.returnFieldsByFieldId === 'true';
      const more = result.hasNextPage && (!limited || start + result.edges.length < maxRecords);
      return {
        records: result.edges.map((e) =>
          airtableRecord(result.snapshot, e.record, { only: result.only, byId }),
        ),
        ...(more ? { offset: result.edges.at(-1)!.cursor } : {}),
      };
    }

    async function write(
      ctx: AirtableContext,
      req: Request,
      kind: 'CREATE' | 'UPDATE' | 'DELETE',
      replace = false,
    ) {
      const body = (req.body ?? {}) as Record<string, unknown>;
      const single =
        kind !== 'DELETE' && (req.params.recordId !== undefined || !Array.isArray(body.records));
      const upsert = body.performUpsert as { fieldsToMergeOn?: string[] } | undefined;
      const records =
        kind === 'DELETE'
          ? (req.params.recordId ? [req.params.recordId] : list(req.query.records)).map((id) => ({
              id: String(id),
            }))
          : single
            ? [{ id: req.params.recordId as string | undefined, fields: body.fields ?? {} }]
            : (body.records as { id?: string; fields?: unknown }[]);
      if (records.length > 10)
        throw badUserInput(
          `A maximum of 10 records can be written per request but you have provided ${records.length}.`,
          'records',
        );
      const batch = await writeRecords(ctx, {
        baseId: String(req.params.baseId),
        tableId: table(req),
        kind: upsert ? 'UPSERT' : kind,
        records,
        typecast: body.typecast === true,
        replace,
        fieldsToMergeOn: upsert?.fieldsToMergeOn ?? null,
        idempotencyKey: req.header('idempotency-key') ?? null,
      });
      if (batch.status === 'FAILED')
        throw badUserInput(`Airtable refused the write. ${batch.error ?? ''}`, 'records');
      if (batch.status === 'PENDING')
        throw forbidden(
          'The write is still pending; retry with the same Idempotency-Key to get its result.',
        );
      const result = await describeBatch(deps.db, batch);
      if (kind === 'DELETE') {
        const deleted = result.deletedIds.map((id) => ({ id, deleted: true }));
        return req.params.recordId ? deleted[0] : { records: deleted };
      }
      const snapshot = (await deps.mirror.snapshot(batch.tableId))!;
      const out = result.records.map((r) => airtableRecord(snapshot, r));
      if (upsert) {
        const created = result.records
          .filter((r) => r.createdTime >= batch.createdAt)
          .map((r) => r.id);
        return {
          records: out,
          createdRecords: created,
          updatedRecords: out.map((r) => r.id).filter((id) => !created.includes(id)),
        };
      }
      return single ? out[0] : { records: out };
    }

    const json = express.json({ limit: '5mb' });
    app.get(
      '/v0/meta/bases',
      requireGateway,
      handle(async (ctx) => {
        const userId = ctx.auth.requireUser();
        const bases = [];
        for (const base of await deps.db.listBases()) {
          if (await deps.memberships.roleOf(userId, base.workspaceId, ctx.requestId))
            bases.push({ id: base.id, name: base.name, permissionLevel: 'create' });
        }
        return { bases };
      }),
    );
    app.get(
      '/v0/meta/bases/:baseId/tables',
      requireGateway,
      handle(async (ctx, req) => {
        const base = await requireBase(ctx, String(req.params.baseId), 'VIEWER');
        return { tables: (await deps.db.listTables(base.id)).map(airtableTable) };
      }),
    );
    app.get(
      '/v0/:baseId/:table',
      requireGateway,
      handle((ctx, req) => listRecords(ctx, req, req.query as Record<string, unknown>)),
    );
    app.post(
      '/v0/:baseId/:table/listRecords',
      requireGateway,
      json,
      handle((ctx, req) => listRecords(ctx, req, (req.body ?? {}) as Record<string, unknown>)),
    );
    app.get(
      '/v0/:baseId/:table/:recordId',
      requireGateway,
      handle(async (ctx, req) => {
        const { table: t } = await requireTable(
          ctx,
          String(req.params.baseId),
          table(req),
          'VIEWER',
        );
        const snapshot = (await deps.mirror.snapshot(t.id))!;
        const row = snapshot.byId.get(String(req.params.recordId));
        if (!row) throw notFound('Record', String(req.params.recordId));
        return airtableRecord(snapshot, row);
      }),
    );
    app.post(
      '/v0/:baseId/:table',
      requireGateway,
      json,
      handle((ctx, req) => write(ctx, req, 'CREATE')),
    );
    app.patch(
      '/v0/:baseId/:table',
      requireGateway,
      json,
      handle((ctx, req) => write(ctx, req, 'UPDATE')),
    );
    app.put(
      '/v0/:baseId/:table',
      requireGateway,
      json,
      handle((ctx, req) => write(ctx, req, 'UPDATE', true)),
    );
    app.delete(
      '/v0/:baseId/:table',
      requireGateway,
      handle((ctx, req) => write(ctx, req, 'DELETE')),
    );
    app.patch(
      '/v0/:baseId/:table/:recordId',
      requireGateway,
      json,
      handle((ctx, req) => write(ctx, req, 'UPDATE')),
    );
    app.put(
      '/v0/:baseId/:table/:recordId',
      requireGateway,
      json,
      handle((ctx, req) => write(ctx, req, 'UPDATE', true)),
    );
    app.delete(
      '/v0/:baseId/:table/:recordId',
      requireGateway,
      handle((ctx, req) => write(ctx, req, 'DELETE')),
    );
  };
}
