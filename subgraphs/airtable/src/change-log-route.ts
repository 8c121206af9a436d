import type { Express, RequestHandler } from 'express';
import type { AirtableDeps } from './deps.ts';

const MAX_PAGE = 500;

/**
 * GET /internal/record-changes?after=<sequence>&limit=<n> — the durable change log, oldest
 * first, for subgraphs that must not miss a record change (webhooks, notifications): each
 * keeps its own position. Changes carry the cells before and after (by field id) and the
 * page's tables with their fields, so consumers can name fields and evaluate formulas.
 * Without `after` it answers only `head`, the newest sequence, where a new consumer starts.
 * Gateway-signed requests only.
 */
export function addChangeLogRoute(deps: AirtableDeps) {
  return (app: Express, requireGateway: RequestHandler) => {
    app.get('/internal/record-changes', requireGateway, async (req, res, next) => {
      try {
        const head = await deps.db.lastRecordChange();
        const after = typeof req.query.after === 'string' ? req.query.after : undefined;
        if (after === undefined || !/^\d{1,19}$/.test(after)) {
          res.json({ head: head.toString(), changes: [], tables: {} });
          return;
        }
        const limit = Math.min(MAX_PAGE, Math.max(1, Number(req.query.limit) || 100));
        const rows = await deps.db.listRecordChanges(BigInt(after), limit);
        const tables = await deps.db.findTables([...new Set(rows.map((r) => r.tableId))]);
        res.json({
          head: head.toString(),
          changes: rows.map((row) => ({ ...row, sequence: row.sequence.toString() })),
          tables: Object.fromEntries(
            tables.map((t) => [
              t.id,
              {
                id: t.id,
                baseId: t.baseId,
                name: t.name,
                primaryFieldId: t.primaryFieldId,
                fields: t.fields.map((f) => ({
                  id: f.id,
                  name: f.name,
                  type: f.type,
                  options: f.options ?? undefined,
                })),
              },
            ]),
          ),
        });
      } catch (error) {
        next(error);
      }
    });
  };
}
