/** An error answered in Airtable's format: `{"error": {"type", "message"}}` (or `{"error": type}`). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message?: string,
  ) {
    super(message ?? type);
  }

  get body(): unknown {
    return this.message === this.type
      ? { error: this.type }
      : { error: { type: this.type, message: this.message } };
  }
}

export const notFound = (message = 'Could not find what you are looking for') =>
  new ApiError(404, 'NOT_FOUND', message);
export const modelNotFound = () =>
  new ApiError(
    403,
    'INVALID_PERMISSIONS_OR_MODEL_NOT_FOUND',
    'Invalid permissions, or the requested model was not found. Check that both your user and your token have the required permissions, and that the model names and/or ids are correct.',
  );
export const invalidRequest = (message: string) =>
  new ApiError(422, 'INVALID_REQUEST_UNKNOWN', message);
/** Airtable's answer to a request whose parameters fail validation, with what failed. */
export const invalidParameters = (detail: string) =>
  invalidRequest(
    `Invalid request: parameter validation failed. Check your request data. ${detail}`,
  );
export const invalidRecords = (message = 'Invalid records') =>
  new ApiError(422, 'INVALID_RECORDS', message);
export const unknownField = (name: string) =>
  new ApiError(422, 'UNKNOWN_FIELD_NAME', `Unknown field name: "${name}"`);
export const invalidValue = (field: string, detail?: string) =>
  new ApiError(
    422,
    'INVALID_VALUE_FOR_COLUMN',
    `Field "${field}" cannot accept the provided value${detail ? `: ${detail}` : ''}`,
  );
