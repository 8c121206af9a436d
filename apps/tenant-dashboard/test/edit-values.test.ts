import { describe, expect, it } from 'vitest';
import { fromDraft, sameValue, toDraft } from '../src/lib/edit-values.ts';
import { cellText, formatDate, formatNumber } from '../src/lib/format.ts';

const currency = { type: 'currency', options: { precision: 0, symbol: '$' } };
const percent = { type: 'percent', options: { precision: 0 } };
const duration = { type: 'duration', options: { durationFormat: 'h:mm' } };

describe('editing values in the record drawer', () => {
  it('edits numbers as people type them and sends what Airtable stores', () => {
    expect(toDraft(0.25, percent)).toBe('25');
    expect(fromDraft('25', percent)).toEqual({ value: 0.25 });
    expect(fromDraft('$1,200', currency)).toEqual({ value: 1200 });
    expect(toDraft(5400, duration)).toBe('1:30');
    expect(fromDraft('1:30', duration)).toEqual({ value: 5400 });
  });

  it('refuses what Airtable would refuse, in words', () => {
    expect(fromDraft('a lot', currency)).toEqual({ error: 'Enter a number, like 1200 or 12.5.' });
    expect(fromDraft('2.5', { type: 'number', options: { precision: 0 } })).toEqual({
      error: 'This field takes whole numbers only.',
    });
    expect(fromDraft('not-an-email', { type: 'email' })).toHaveProperty('error');
    expect(fromDraft('example.com/x', { type: 'url' })).toEqual({ value: 'https://example.com/x' });
    expect(fromDraft('nonsense', { type: 'url' })).toHaveProperty('error');
    expect(
      fromDraft(['a', 'b'], {
        type: 'multipleRecordLinks',
        options: { prefersSingleRecordLink: true },
      }),
    ).toEqual({
      error: 'This field links to one record only.',
    });
  });

  it('clears a cell with an empty value', () => {
    expect(fromDraft('', { type: 'singleLineText' })).toEqual({ value: null });
    expect(fromDraft([], { type: 'multipleSelects' })).toEqual({ value: null });
    expect(fromDraft(0, { type: 'rating', options: { max: 5 } })).toEqual({ value: null });
  });

  it('treats empty values as equal, so an untouched field is not sent', () => {
    expect(sameValue(undefined, null)).toBe(true);
    expect(sameValue([], undefined)).toBe(true);
    expect(sameValue(['a'], ['a'])).toBe(true);
    expect(sameValue(1, 2)).toBe(false);
  });
});

describe('cell values as text', () => {
  it('formats currency, percents and durations like the field does', () => {
    expect(formatNumber(137000, currency, 'en-US')).toBe('$137,000');
    expect(formatNumber(-5, currency, 'en-US')).toBe('-$5');
    expect(formatNumber(0.25, percent, 'en-US')).toBe('25%');
    expect(formatNumber(5400, duration, 'en-US')).toBe('1:30');
  });

  it('shows dates in the person’s locale, a date-only value as the same day everywhere', () => {
    expect(formatDate('2025-01-24', { type: 'date' }, 'en-US')).toBe('Jan 24, 2025');
    expect(formatDate('2025-01-24', { type: 'date' }, 'de-DE')).toBe('24.01.2025');
    expect(formatDate('2025-01-24T23:30:00.000Z', { type: 'dateTime' }, 'en-GB', 'UTC')).toBe(
      '24 Jan 2025, 23:30',
    );
  });

  it('names collaborators and attachments', () => {
    expect(
      cellText({ id: 'usr1', name: 'Maya Patel', email: 'm@x' }, { type: 'singleCollaborator' }),
    ).toBe('Maya Patel');
    expect(
      cellText([{ url: 'https://x/a.png', filename: 'a.png' }], { type: 'multipleAttachments' }),
    ).toBe('a.png');
  });
});
