/** A field of the table, as Airtable's metadata API describes it. */
export interface FieldSchema {
  id: string;
  name: string;
  /**
   * Airtable field type: singleLineText, multilineText, number, currency, percent, checkbox,
   * singleSelect, multipleSelects, date, dateTime, email, url, phoneNumber, rating, duration,
   * multipleRecordLinks, multipleLookupValues, rollup, formula, multipleAttachments,
   * createdTime, lastModifiedTime, autoNumber, singleCollaborator, …
   */
  type: string;
  options?: unknown;
}

/** A record to evaluate against; `fields` is keyed by field name (field ids are also tried). */
export interface FormulaRecord {
  id: string;
  createdTime: string | Date;
  lastModifiedTime?: string | Date;
  /**
   * When each field was last written, keyed by field name or id; LAST_MODIFIED_TIME({Field})
   * reads it. Without it, LAST_MODIFIED_TIME of fields falls back to the record's time.
   */
  fieldModifiedTimes?: Record<string, string | Date>;
  fields: Record<string, unknown>;
}

/** Per-evaluation settings: a fixed clock for NOW()/TODAY() and the default time zone. */
export interface EvaluationContext {
  /** The current instant for NOW() and TODAY(); defaults to the wall clock. */
  now?: Date;
  /** IANA zone for date parts, DATETIME_FORMAT and TODAY() when no SET_TIMEZONE applies; default UTC. */
  timeZone?: string;
  /** Who the formula is evaluated for, read by CURRENT_USER_EMAIL() and CURRENT_USER_ID(). */
  currentUser?: { id: string; email: string | null };
}

/** Options for compileFormula. */
export interface CompileOptions {
  /** The table's fields; when given, unknown field names are compile-time errors. */
  fields?: readonly FieldSchema[];
  /** Allow CURRENT_USER_EMAIL() and CURRENT_USER_ID() (the platform's row rules, not Airtable's). */
  callerFunctions?: boolean;
}
