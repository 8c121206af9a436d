import pg from 'pg';

export interface FieldRow {
  id: string;
  tableId: string;
  name: string;
  type: string;
  description: string | null;
  options: Record<string, unknown> | null;
}

export interface ViewRow {
  id: string;
  tableId: string;
  name: string;
  type: string;
  filterFormula: string | null;
  sort: { fieldId: string; direction: 'asc' | 'desc' }[];
  visibleFieldIds: string[] | null;
}

export interface TableRow {
  id: string;
  baseId: string;
  name: string;
  description: string | null;
  primaryFieldId: string;
  fields: FieldRow[];
  views: ViewRow[];
}

export interface BaseSchema {
  id: string;
  name: string;
  tables: TableRow[];
}

export interface RecordRow {
  id: string;
  tableId: string;
  cells: Record<string, unknown>;
  createdTime: Date;
  lastModifiedTime: Date | null;
  /** When each stored field was last written (ISO 8601), by field id. */
  fieldModifiedTimes: Record<string, string>;
  autoNumber: number;
}

export interface CommentRow {
  id: string;
  recordId: string;
  author: { id: string; email: string; name: string };
  text: string;
  createdTime: Date;
  lastUpdatedTime: Date | null;
  position: number;
}

export type Queryable = pg.Pool | pg.PoolClient;

const COMMENT_COLUMNS = `id, record_id AS "recordId",
  json_build_object('id', author_id, 'email', author_email, 'name', author_name) AS author,
  text, created_time AS "createdTime", last_updated_time AS "lastUpdatedTime",
  position::float8 AS position`;

const RECORD_COLUMNS = `id, table_id AS "tableId", cells, created_time AS "createdTime",
  last_modified_time AS "lastModifiedTime", field_modified_times AS "fieldModifiedTimes",
  auto_number::float8 AS "autoNumber"`;

/** All SQL of airtable-local; the only file that talks to PostgreSQL. */
export function createStore(databaseUrl: string) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  // An idle connection dropped by the server (a restart, shutdown) must not crash the process.
  pool.on('error', () => undefined);

  async function loadSchema(db: Queryable, baseId: string): Promise<BaseSchema | null> {
    const base = await db.query<{ id: string; name: string }>(
      'SELECT id, name FROM base WHERE id = $1',
      [baseId],
    );
    if (!base.rows[0]) return null;
    const tables = await db.query<Omit<TableRow, 'fields' | 'views'>>(
      `SELECT id, base_id AS "baseId", name, description, primary_field_id AS "primaryFieldId"
       FROM "table" WHERE base_id = $1 ORDER BY position`,
      [baseId],
    );
    const ids = tables.rows.map((t) => t.id);
    const fields = await db.query<FieldRow>(
      `SELECT id, table_id AS "tableId", name, type, description, options FROM field
       WHERE table_id = ANY($1) ORDER BY position`,
      [ids],
    );
    const views = await db.query<ViewRow>(
      `SELECT id, table_id AS "tableId", name, type, filter_formula AS "filterFormula", sort,
       visible_field_ids AS "visibleFieldIds" FROM view WHERE table_id = ANY($1) ORDER BY position`,
      [ids],
    );
    return {
      ...base.rows[0],
      tables: tables.rows.map((t) => ({
        ...t,
        fields: fields.rows.filter((f) => f.tableId === t.id),
        views: views.rows.filter((v) => v.tableId === t.id),
      })),
    };
  }

  return {
    pool,
    close: () => pool.end(),

    /** Runs `fn` in a transaction. */
    async transaction<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(client);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      } finally {
        client.release();
      }
    },

    listBases: (baseIds: string[] | null) =>
      pool
        .query<{ id: string; name: string }>(
          'SELECT id, name FROM base WHERE $1::text[] IS NULL OR id = ANY($1) ORDER BY created_time, id',
          [baseIds],
        )
        .then((r) => r.rows),
    findBaseByName: (name: string) =>
      pool
        .query<{ id: string }>(
          'SELECT id FROM base WHERE name = $1 ORDER BY created_time LIMIT 1',
          [name],
        )
        .then((r) => r.rows[0] ?? null),
    loadSchema: (baseId: string, db: Queryable = pool) => loadSchema(db, baseId),

    /** Locks a base for a write and returns its next transaction number. */
    beginBaseWrite: async (client: pg.PoolClient, baseId: string) =>
      (
        await client.query<{ n: string }>(
          'UPDATE base SET transaction_number = transaction_number + 1 WHERE id = $1 RETURNING transaction_number AS n',
          [baseId],
        )
      ).rows[0]?.n,

    insertBase: (db: Queryable, id: string, name: string) =>
      db.query('INSERT INTO base (id, name) VALUES ($1, $2)', [id, name]),
    insertTable: (
      db: Queryable,
      t: {
        id: string;
        baseId: string;
        name: string;
        description?: string | null;
        primaryFieldId: string;
      },
    ) =>
      db.query(
        `INSERT INTO "table" (id, base_id, name, description, primary_field_id, position)
         VALUES ($1, $2, $3, $4, $5, (SELECT count(*) FROM "table" WHERE base_id = $2))`,
        [t.id, t.baseId, t.name, t.description ?? null, t.primaryFieldId],
      ),
    updateTable: (
      db: Queryable,
      id: string,
      changes: { name?: string; description?: string | null },
    ) =>
      db.query(
        'UPDATE "table" SET name = COALESCE($2, name), description = COALESCE($3, description) WHERE id = $1',
        [id, changes.name ?? null, changes.description ?? null],
      ),
    insertField: (
      db: Queryable,
      f: Omit<FieldRow, 'description'> & { description?: string | null },
    ) =>
      db.query(
        `INSERT INTO field (id, table_id, name, type, description, options, position)
         VALUES ($1, $2, $3, $4, $5, $6, (SELECT count(*) FROM field WHERE table_id = $2))`,
        [
          f.id,
          f.tableId,
          f.name,
          f.type,
          f.description ?? null,
          f.options ? JSON.stringify(f.options) : null,
        ],
      ),
    updateField: (
      db: Queryable,
      id: string,
      changes: { name?: string; description?: string | null; options?: Record<string, unknown> },
    ) =>
      db.query(
        `UPDATE field SET name = COALESCE($2, name), description = COALESCE($3, description),
         options = COALESCE($4, options) WHERE id = $1`,
        [
          id,
          changes.name ?? null,
          changes.description ?? null,
          changes.options ? JSON.stringify(changes.options) : null,
        ],
      ),
    insertView: (db: Queryable, v: ViewRow) =>
      db.query(
        `INSERT INTO view (id, table_id, name, type, filter_formula, sort, visible_field_ids, position)
         VALUES ($1, $2, $3, $4, $5, $6, $7, (SELECT count(*) FROM view WHERE table_id = $2))`,
        [
          v.id,
          v.tableId,
          v.name,
          v.type,
          v.filterFormula,
          JSON.stringify(v.sort),
          v.visibleFieldIds ? JSON.stringify(v.visibleFieldIds) : null,
        ],
      ),

    listRecords: (tableId: string, db: Queryable = pool) =>
      db
        .query<RecordRow>(
          `SELECT ${RECORD_COLUMNS} FROM record WHERE table_id = $1 ORDER BY position`,
          [tableId],
        )
        .then((r) => r.rows),
    findRecords: (ids: readonly string[], db: Queryable = pool) =>
      db
        .query<RecordRow>(`SELECT ${RECORD_COLUMNS} FROM record WHERE id = ANY($1)`, [ids])
        .then((r) => r.rows),
    /** Inserts records with the table's next autonumbers. */
    insertRecords: async (
      client: pg.PoolClient,
      tableId: string,
      rows: { id: string; cells: Record<string, unknown>; createdTime: Date }[],
    ) => {
      const counter = await client.query<{ start: string }>(
        'UPDATE "table" SET next_auto_number = next_auto_number + $2 WHERE id = $1 RETURNING next_auto_number - $2 AS start',
        [tableId, rows.length],
      );
      const start = Number(counter.rows[0]?.start ?? 1);
      if (rows.length === 0) return;
      // A field given a value at creation was written then.
      await client.query(
        `INSERT INTO record (id, table_id, cells, created_time, field_modified_times, auto_number)
         SELECT e.r->>'id', $1, e.r->'cells', (e.r->>'created_time')::timestamptz,
           COALESCE((SELECT jsonb_object_agg(k, e.r->'created_time') FROM jsonb_object_keys(e.r->'cells') k), '{}'),
           $2 + e.ord - 1
         FROM jsonb_array_elements($3::jsonb) WITH ORDINALITY AS e(r, ord)`,
        [
          tableId,
          start,
          JSON.stringify(
            rows.map((r) => ({ id: r.id, cells: r.cells, created_time: r.createdTime })),
          ),
        ],
      );
    },
    /** Stores a record's new cells; `changed` fields (by id) take `now` as their write time. */
    updateRecordCells: (
      client: pg.PoolClient,
      id: string,
      cells: Record<string, unknown>,
      now: Date,
      changed: readonly string[],
    ) =>
      client.query(
        `UPDATE record SET cells = $2, last_modified_time = $3,
           field_modified_times = field_modified_times || $4::jsonb WHERE id = $1`,
        [
          id,
          JSON.stringify(cells),
          now,
          JSON.stringify(Object.fromEntries(changed.map((f) => [f, now.toISOString()]))),
        ],
      ),
    deleteRecords: (client: pg.PoolClient, ids: readonly string[]) =>
      client.query('DELETE FROM record WHERE id = ANY($1)', [ids]),

    /** A record's comments newest first, from before `beforePosition` (exclusive) when given. */
    listComments: (recordId: string, limit: number, beforePosition: number | null) =>
      pool
        .query<CommentRow>(
          `SELECT ${COMMENT_COLUMNS} FROM record_comment
           WHERE record_id = $1 AND ($2::bigint IS NULL OR position < $2)
           ORDER BY position DESC LIMIT $3`,
          [recordId, beforePosition, limit],
        )
        .then((r) => r.rows),
    findComment: (recordId: string, id: string) =>
      pool
        .query<CommentRow>(
          `SELECT ${COMMENT_COLUMNS} FROM record_comment WHERE record_id = $1 AND id = $2`,
          [recordId, id],
        )
        .then((r) => r.rows[0] ?? null),
    insertComment: (c: {
      id: string;
      recordId: string;
      author: { id: string; email: string; name: string };
      text: string;
      createdTime: Date;
    }) =>
      pool
        .query<CommentRow>(
          `INSERT INTO record_comment (id, record_id, author_id, author_email, author_name, text, created_time)
           VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${COMMENT_COLUMNS}`,
          [c.id, c.recordId, c.author.id, c.author.email, c.author.name, c.text, c.createdTime],
        )
        .then((r) => r.rows[0]!),
    updateComment: (id: string, text: string, now: Date) =>
      pool
        .query<CommentRow>(
          `UPDATE record_comment SET text = $2, last_updated_time = $3 WHERE id = $1
           RETURNING ${COMMENT_COLUMNS}`,
          [id, text, now],
        )
        .then((r) => r.rows[0] ?? null),
    deleteComment: (id: string) => pool.query('DELETE FROM record_comment WHERE id = $1', [id]),

    insertAttachmentContent: (a: {
      id: string;
      baseId: string;
      filename: string;
      contentType: string;
      bytes: Buffer;
    }) =>
      pool.query(
        `INSERT INTO attachment_content (id, base_id, filename, content_type, bytes) VALUES ($1, $2, $3, $4, $5)`,
        [a.id, a.baseId, a.filename, a.contentType, a.bytes],
      ),
    findAttachmentContent: (id: string) =>
      pool
        .query<{ filename: string; contentType: string; bytes: Buffer }>(
          'SELECT filename, content_type AS "contentType", bytes FROM attachment_content WHERE id = $1',
          [id],
        )
        .then((r) => r.rows[0] ?? null),

    insertToken: (tokenHash: string, name: string, scopes: string[], baseIds: string[] | null) =>
      pool.query(
        `INSERT INTO access_token (token_hash, name, scopes, base_ids) VALUES ($1, $2, $3, $4)
         ON CONFLICT (token_hash) DO UPDATE SET scopes = $3, base_ids = $4, name = $2`,
        [tokenHash, name, scopes, baseIds],
      ),
    findToken: (tokenHash: string) =>
      pool
        .query<{ name: string; scopes: string[]; baseIds: string[] | null }>(
          'SELECT name, scopes, base_ids AS "baseIds" FROM access_token WHERE token_hash = $1',
          [tokenHash],
        )
        .then((r) => r.rows[0] ?? null),
  };
}

export type Store = ReturnType<typeof createStore>;
