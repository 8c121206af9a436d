import { describe, expect, it } from 'vitest';
import { AirtableApiError, parseErrorResponse } from '../src/index.ts';

describe('parsing Airtable error responses', () => {
  it('reads the documented envelope with type and message', () => {
    const error = parseErrorResponse(
      422,
      '{"error":{"type":"UNKNOWN_FIELD_NAME","message":"Unknown field name: \\"X\\""}}',
    );

    expect(error).toBeInstanceOf(AirtableApiError);
    expect(error).toMatchObject({
      name: 'AirtableApiError',
      status: 422,
      type: 'UNKNOWN_FIELD_NAME',
      message: 'Unknown field name: "X"',
      retryable: false,
    });
    expect(error.retryAfterMs).toBeUndefined();
  });

  it('reads the bare string envelope of a 404', () => {
    expect(parseErrorResponse(404, '{"error":"NOT_FOUND"}')).toMatchObject({
      status: 404,
      type: 'NOT_FOUND',
      message: 'Airtable answered 404 NOT_FOUND',
      retryable: false,
    });
  });

  it('reads a type without a message', () => {
    expect(parseErrorResponse(404, '{"error":{"type":"NOT_FOUND"}}')).toMatchObject({
      type: 'NOT_FOUND',
      message: 'Airtable answered 404 NOT_FOUND',
    });
  });

  it('reads the observed errors array of a 429 as retryable after 30 seconds', () => {
    const error = parseErrorResponse(
      429,
      '{"errors":[{"error":"RATE_LIMIT_REACHED","message":"Rate limit exceeded. Please try again later"}]}',
    );

    expect(error).toMatchObject({
      status: 429,
      type: 'RATE_LIMIT_REACHED',
      message: 'Rate limit exceeded. Please try again later',
      retryable: true,
      retryAfterMs: 30_000,
    });
  });

  it('takes the wait from Retry-After when the server sends one', () => {
    expect(parseErrorResponse(503, '{"error":{"type":"RETRIABLE_ERROR"}}', '7')).toMatchObject({
      type: 'RETRIABLE_ERROR',
      retryable: true,
      retryAfterMs: 7000,
    });
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(parseErrorResponse(429, '', 'Wed, 01 Jan 2025 00:00:05 GMT', now).retryAfterMs).toBe(
      5000,
    );
  });

  it('names the type from the status when the body is not Airtable JSON', () => {
    expect(parseErrorResponse(502, '<html>Bad Gateway</html>')).toMatchObject({
      type: 'BAD_GATEWAY',
      retryable: true,
    });
    expect(parseErrorResponse(500, '')).toMatchObject({ type: 'SERVER_ERROR', retryable: true });
    expect(parseErrorResponse(504, '[]')).toMatchObject({
      type: 'GATEWAY_TIMEOUT',
      retryable: true,
    });
    expect(parseErrorResponse(418, 'teapot')).toMatchObject({
      type: 'HTTP_418',
      retryable: false,
    });
  });

  it('retries 429 and 5xx gateways but no other client error', () => {
    const retryable = (status: number) => parseErrorResponse(status, '{}').retryable;

    expect([429, 500, 502, 503, 504].map(retryable)).toEqual([true, true, true, true, true]);
    expect([400, 401, 402, 403, 404, 413, 422, 501].map(retryable)).toEqual(Array(8).fill(false));
  });
});
