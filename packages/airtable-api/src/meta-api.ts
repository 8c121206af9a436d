import type { AirtableBase, BaseSchema } from './schema-types.ts';
import type { SendRequest } from './send-request.ts';

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

    /** Proves the token works: `{ ok: true, bases }`, or a 401/403 AirtableApiError. */
    // GET /v0/meta/whoami is not served by airtable-local; listing bases proves the token too.
    async validateToken(): Promise<{ ok: true; bases: AirtableBase[] }> {
      const { bases } = await listBases();
      return { ok: true, bases };
    },
  };
}
