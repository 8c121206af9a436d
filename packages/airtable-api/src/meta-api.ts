import type { AirtableBase, BaseSchema, FieldSchema, TableSchema } from './schema-types.ts';
import type { SendRequest } from './send-request.ts';

/** A field to create: `options` as the field type expects (choices, precision, linkedTableId…). */
export interface FieldDefinition {
  name: string;
  type: string;
  description?: string;
  options?: Record<string, unknown>;
}

interface BasesPage {
  bases: AirtableBase[];
  offset?: string;
}

/** The metadata endpoints of one client. */
export function createMetaApi(send: SendRequest) {
  /** Every base the token can see, following `offset`. */
  async function listBases(): Promise<{ bases: AirtableBase[] }> {
    const bases: AirtableBase[] = [];
    let offset: string | undefined;
    do {
      const page: BasesPage = await send<BasesPage>({
        method: 'GET',
        path: '/v0/meta/bases',
        query: { offset },
      });
      bases.push(...page.bases);
      offset = page.offset;
    } while (offset !== undefined);
    return { bases };
  }

  return {
    listBases,

    /** The base's tables with fields, options and views. */
    getBaseSchema(baseId: string): Promise<BaseSchema> {
      return send({
        method: 'GET',
        path: `/v0/meta/bases/${encodeURIComponent(baseId)}/tables`,
        baseId,
      });
    },

    /** Creates a table; its first field is the primary field. Needs schema.bases:write. */
    createTable(
      baseId: string,
      table: { name: string; description?: string; fields: FieldDefinition[] },
    ): Promise<TableSchema> {
      return send({
        method: 'POST',
        path: `/v0/meta/bases/${encodeURIComponent(baseId)}/tables`,
        body: table,
        baseId,
      });
    },

    /** Adds a field to a table. Needs schema.bases:write. */
    createField(baseId: string, tableId: string, field: FieldDefinition): Promise<FieldSchema> {
      return send({
        method: 'POST',
        path: `/v0/meta/bases/${encodeURIComponent(baseId)}/tables/${encodeURIComponent(tableId)}/fields`,
        body: field,
        baseId,
      });
    },

    /** Proves the token works: `{ ok: true, bases }`, or a 401/403 AirtableApiError. */
    // GET /v0/meta/whoami is not served by airtable-local; listing bases proves the token too.
    async validateToken(): Promise<{ ok: true; bases: AirtableBase[] }> {
      const { bases } = await listBases();
      return { ok: true, bases };
    },
  };
}
