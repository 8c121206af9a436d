/** What a webhook watches. */
export type WebhookDataType = 'tableData' | 'tableFields' | 'tableMetadata';

/** A webhook's filters and includes (ids only, never names). */
export interface WebhookSpecification {
  options: {
    filters: {
      dataTypes: WebhookDataType[];
      /** A `tbl…` or `viw…` id. */
      recordChangeScope?: string;
      changeTypes?: ('add' | 'remove' | 'update')[];
      fromSources?: string[];
      sourceOptions?: { formSubmission?: { viewId?: string } };
      watchDataInFieldIds?: string[];
      watchSchemasOfFieldIds?: string[];
    };
    includes?: {
      includeCellValuesInFieldIds?: string[] | 'all';
      includePreviousCellValues?: boolean;
      includePreviousFieldDefinitions?: boolean;
    };
  };
}

/** The body of `POST /v0/bases/{base}/webhooks`. */
export interface CreateWebhookInput {
  notificationUrl?: string | null;
  specification: WebhookSpecification;
}

/** A new webhook; `macSecretBase64` is shown only once. */
export interface CreatedWebhook {
  id: string;
  macSecretBase64: string;
  expirationTime: string | null;
}

/** The outcome of the last notification ping. */
export interface NotificationResult {
  success: boolean;
  completionTimestamp?: string;
  durationMs?: number;
  retryNumber?: number;
  willBeRetried?: boolean;
  error?: { message: string };
}

/** An entry of `GET /v0/bases/{base}/webhooks`. */
export interface Webhook {
  id: string;
  areNotificationsEnabled: boolean;
  cursorForNextPayload: number;
  isHookEnabled: boolean;
  lastSuccessfulNotificationTime: string | null;
  notificationUrl: string | null;
  expirationTime: string | null;
  lastNotificationResult: NotificationResult | null;
  specification: WebhookSpecification;
}

/** Cell values keyed by field id, in webhook ("V2") formats. */
export type CellValuesByFieldId = Record<string, unknown>;

/** What changed in one table (or view) in one payload. */
export interface ChangedRecords {
  createdRecordsById?: Record<
    string,
    { createdTime: string; cellValuesByFieldId: CellValuesByFieldId }
  >;
  changedRecordsById?: Record<
    string,
    {
      current: { cellValuesByFieldId: CellValuesByFieldId };
      previous?: { cellValuesByFieldId: CellValuesByFieldId };
      unchanged?: { cellValuesByFieldId: CellValuesByFieldId };
    }
  >;
  destroyedRecordIds?: string[];
}

/** A table's changes: records, fields, metadata and (for a view scope) views. */
export interface ChangedTable extends ChangedRecords {
  createdFieldsById?: Record<string, { name: string; type: string }>;
  changedFieldsById?: Record<
    string,
    { current: { name?: string; type?: string }; previous?: { name?: string; type?: string } }
  >;
  destroyedFieldIds?: string[];
  changedMetadata?: {
    current: { name?: string; description?: string | null };
    previous?: { name?: string; description?: string | null };
  };
  changedViewsById?: Record<string, ChangedRecords>;
}

/** One webhook payload (one base transaction, or part of a large one). */
export interface WebhookPayload {
  timestamp: string;
  baseTransactionNumber: number;
  actionMetadata: { source: string; sourceMetadata?: Record<string, unknown> };
  payloadFormat: 'v0';
  changedTablesById?: Record<string, ChangedTable>;
  createdTablesById?: Record<string, unknown>;
  destroyedTableIds?: string[];
  /** Set on error payloads. */
  error?: boolean;
  code?: string;
}

/** The answer to `GET …/webhooks/{id}/payloads`; pass `cursor` back to read on. */
export interface WebhookPayloadsPage {
  payloads: WebhookPayload[];
  cursor: number;
  mightHaveMore: boolean;
}
