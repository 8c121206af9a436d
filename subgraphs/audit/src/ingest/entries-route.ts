import { AUDIT_INGEST_PATH, AuditEntryInput } from '@pyairtable/audit-client';
import express, { type Express, type RequestHandler } from 'express';
import { z } from 'zod';
import type { AuditDeps } from '../deps.ts';
import { recordEntries } from '../domain/record-entries.ts';

const Body = z.object({ entries: z.array(AuditEntryInput).min(1).max(500) }).strict();

/**
 * POST /internal/audit-entries { entries } — where emitters' outboxes deliver (gateway-signed
 * only). Answers 200 once every entry is stored (new or already there), 400 for a malformed
 * batch (the emitter logs it; retrying would not help).
 */
export function addEntriesRoute(deps: AuditDeps) {
  return (app: Express, requireGateway: RequestHandler) => {
    app.post(
      AUDIT_INGEST_PATH,
      requireGateway,
      express.json({ limit: '5mb' }),
      async (req, res, next) => {
        const parsed = Body.safeParse(req.body);
        if (!parsed.success) {
          res.status(400).json({ error: z.prettifyError(parsed.error) });
          return;
        }
        try {
          const added = await recordEntries(deps, parsed.data.entries);
          res.json({ received: parsed.data.entries.length, added });
        } catch (error) {
          next(error);
        }
      },
    );
  };
}
