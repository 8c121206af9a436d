import type { Express, NextFunction, Request, RequestHandler, Response } from 'express';
import {
  actorOf,
  badUserInput,
  forbidden,
  notFound,
  type Actor,
  type Caller,
} from '@pyairtable/subgraph-kit';
import { getRecord } from '../domain/get-record.ts';
import { listVisibleBases } from '../domain/list-bases.ts';
import { listRecords } from '../domain/list-records.ts';
import { listTables } from '../domain/read-schema.ts';
import { uploadAttachment } from '../domain/upload-attachment.ts';
import { writeRecords } from '../domain/write-records.ts';
import { describeWrite } from '../domain/write-result.ts';
import type { AirtableDeps } from '../deps.ts';
import { airtableError, airtableRecord, airtableTable } from './airtable-format.ts';
import { parseListParams } from './list-params.ts';
import { parseWrite, type RestWriteKind } from './write-params.ts';

/**
 * Airtable's Web API served from the mirror (reads) and the writer (writes), for existing
 * Airtable clients pointed at the gateway. The gateway authenticates and signs the caller;
 * each route is a thin adapter over the same domain functions as the graph.
 */
export function addRestApi(deps: AirtableDeps) {
  return (app: Express, requireGateway: RequestHandler) => {
    const handle =
      (fn: (actor: Actor, req: Request) => Promise<unknown>) =>
      async (req: Request, res: Response, next: NextFunction) => {
        const caller = (req as Request & { caller: Caller }).caller;
        const log = deps.logger.child({ requestId: caller.requestId });
        try {
          res.json(await fn(actorOf(caller, caller.requestId, log), req));
        } catch (error) {
          const mapped = airtableError(error);
          if (mapped) res.status(mapped.status).json(mapped.body);
          else next(error);
        }
      };
    const tableParam = (req: Request) => decodeURIComponent(String(req.params.table));

    async function list(actor: Actor, req: Request, params: Record<string, unknown>) {
      const parsed = parseListParams(String(req.params.baseId), tableParam(req), params);
      const page = await listRecords(deps, actor, parsed.input);
      const more =
        page.hasNextPage &&
        (parsed.maxRecords === undefined || parsed.start + page.edges.length < parsed.maxRecords);
      return {
        records: page.edges.map((e) =>
          airtableRecord(page.table, e.record, { only: page.only, byId: parsed.byId }),
        ),
        ...(more ? { offset: page.edges.at(-1)!.cursor } : {}),
      };
    }

    async function write(actor: Actor, req: Request, kind: RestWriteKind, replace = false) {
      const { args, single, upsert } = parseWrite(req, tableParam(req), kind, replace);
      const batch = await writeRecords(deps, actor, args);
      if (batch.status === 'FAILED')
        throw badUserInput(`Airtable refused the write. ${batch.error ?? ''}`, 'records');
      if (batch.status === 'PENDING')
        throw forbidden(
          'The write is still pending; retry with the same Idempotency-Key to get its result.',
        );
      const result = await describeWrite(deps, actor, batch);
      if (kind === 'DELETE') {
        const deleted = result.deletedIds.map((id) => ({ id, deleted: true }));
        return req.params.recordId ? deleted[0] : { records: deleted };
      }
      const out = result.records.map((r) => airtableRecord(result.table!, r));
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

    // Airtable's content API (content.airtable.com); requireGateway reads and parses the body.
    app.post(
      '/v0/:baseId/:recordId/:field/uploadAttachment',
      requireGateway,
      handle((actor, req) => {
        const body = (req.body ?? {}) as Record<string, unknown>;
        for (const key of ['contentType', 'file', 'filename'])
          if (typeof body[key] !== 'string') throw badUserInput(`${key} is required.`, key);
        return uploadAttachment(deps, actor, {
          baseId: String(req.params.baseId),
          recordId: String(req.params.recordId),
          field: decodeURIComponent(String(req.params.field)),
          contentType: body.contentType as string,
          file: body.file as string,
          filename: body.filename as string,
        });
      }),
    );
    app.get(
      '/v0/meta/bases',
      requireGateway,
      handle(async (actor) => ({
        bases: (await listVisibleBases(deps, actor)).map((b) => ({
          id: b.id,
          name: b.name,
          permissionLevel: 'create',
        })),
      })),
    );
    app.get(
      '/v0/meta/bases/:baseId/tables',
      requireGateway,
      handle(async (actor, req) => ({
        tables: (await listTables(deps, actor, String(req.params.baseId))).map(airtableTable),
      })),
    );
    app.get(
      '/v0/:baseId/:table',
      requireGateway,
      handle((actor, req) => list(actor, req, req.query as Record<string, unknown>)),
    );
    app.post(
      '/v0/:baseId/:table/listRecords',
      requireGateway,
      handle((actor, req) => list(actor, req, (req.body ?? {}) as Record<string, unknown>)),
    );
    app.get(
      '/v0/:baseId/:table/:recordId',
      requireGateway,
      handle(async (actor, req) => {
        const id = String(req.params.recordId);
        const found = await getRecord(deps, actor, {
          baseId: String(req.params.baseId),
          tableId: tableParam(req),
          id,
        });
        if (!found) throw notFound('Record', id);
        return airtableRecord(found.table, found.record);
      }),
    );
    for (const path of ['/v0/:baseId/:table', '/v0/:baseId/:table/:recordId']) {
      if (!path.endsWith(':recordId'))
        app.post(
          path,
          requireGateway,
          handle((a, req) => write(a, req, 'CREATE')),
        );
      app.patch(
        path,
        requireGateway,
        handle((a, req) => write(a, req, 'UPDATE')),
      );
      app.put(
        path,
        requireGateway,
        handle((a, req) => write(a, req, 'UPDATE', true)),
      );
      app.delete(
        path,
        requireGateway,
        handle((a, req) => write(a, req, 'DELETE')),
      );
    }
  };
}
