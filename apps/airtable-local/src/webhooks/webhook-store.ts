import type { Queryable } from '../store.ts';

export interface WebhookRow {
  id: string;
  baseId: string;
  notificationUrl: string | null;
  macSecretBase64: string;
  specification: { options?: { filters?: { dataTypes?: string[]; recordChangeScope?: string } } };
  createdTime: Date;
  expirationTime: Date;
  isHookEnabled: boolean;
  notificationsEnabled: boolean;
  nextPayloadNumber: number;
  lastSuccessfulNotificationTime: Date | null;
  lastNotificationResult: unknown;
}

const COLUMNS = `id, base_id AS "baseId", notification_url AS "notificationUrl", mac_secret_base64 AS "macSecretBase64",
  specification, created_time AS "createdTime", expiration_time AS "expirationTime", is_hook_enabled AS "isHookEnabled",
  notifications_enabled AS "notificationsEnabled", next_payload_number::float8 AS "nextPayloadNumber",
  last_successful_notification_time AS "lastSuccessfulNotificationTime", last_notification_result AS "lastNotificationResult"`;

/** SQL for webhooks and their payloads. */
export const webhookStore = {
  list: (db: Queryable, baseId: string) =>
    db
      .query<WebhookRow>(
        `SELECT ${COLUMNS} FROM webhook WHERE base_id = $1 ORDER BY created_time`,
        [baseId],
      )
      .then((r) => r.rows),
  find: (db: Queryable, baseId: string, id: string) =>
    db
      .query<WebhookRow>(`SELECT ${COLUMNS} FROM webhook WHERE base_id = $1 AND id = $2`, [
        baseId,
        id,
      ])
      .then((r) => r.rows[0] ?? null),
  insert: (
    db: Queryable,
    w: Pick<
      WebhookRow,
      'id' | 'baseId' | 'notificationUrl' | 'macSecretBase64' | 'specification' | 'expirationTime'
    >,
  ) =>
    db.query(
      `INSERT INTO webhook (id, base_id, notification_url, mac_secret_base64, specification, expiration_time)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        w.id,
        w.baseId,
        w.notificationUrl,
        w.macSecretBase64,
        JSON.stringify(w.specification),
        w.expirationTime,
      ],
    ),
  delete: (db: Queryable, baseId: string, id: string) =>
    db
      .query('DELETE FROM webhook WHERE base_id = $1 AND id = $2', [baseId, id])
      .then((r) => (r.rowCount ?? 0) > 0),
  setExpiration: (db: Queryable, id: string, expirationTime: Date) =>
    db.query('UPDATE webhook SET expiration_time = $2 WHERE id = $1', [id, expirationTime]),
  setNotificationsEnabled: (db: Queryable, id: string, enabled: boolean) =>
    db.query('UPDATE webhook SET notifications_enabled = $2 WHERE id = $1', [id, enabled]),
  /** Appends a payload and returns its number (cursors start at 1). */
  appendPayload: async (db: Queryable, id: string, payload: unknown) => {
    const { rows } = await db.query<{ n: string }>(
      'UPDATE webhook SET next_payload_number = next_payload_number + 1 WHERE id = $1 RETURNING next_payload_number - 1 AS n',
      [id],
    );
    await db.query(
      'INSERT INTO webhook_payload (webhook_id, number, payload) VALUES ($1, $2, $3)',
      [id, rows[0]!.n, JSON.stringify(payload)],
    );
  },
  payloads: (db: Queryable, id: string, cursor: number, limit: number) =>
    db
      .query<{ number: string; payload: unknown }>(
        'SELECT number, payload FROM webhook_payload WHERE webhook_id = $1 AND number >= $2 ORDER BY number LIMIT $3',
        [id, cursor, limit],
      )
      .then((r) => r.rows),
  recordNotification: (db: Queryable, id: string, success: boolean, result: unknown, at: Date) =>
    db.query(
      `UPDATE webhook SET last_notification_result = $2,
       last_successful_notification_time = CASE WHEN $3 THEN $4 ELSE last_successful_notification_time END WHERE id = $1`,
      [id, JSON.stringify(result), success, at],
    ),
};
