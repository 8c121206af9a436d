import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { createTypePolicy, DEFAULT_ALLOWED_TYPES } from '../src/domain/allowed-types.ts';
import { detectType } from '../src/domain/detect-type.ts';
import { attachmentDisposition, sanitizeFilename } from '../src/domain/sanitize-filename.ts';
import { convertCell } from '../src/imports/convert-cell.ts';
import { inferFieldType } from '../src/imports/infer-type.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('file rules', () => {
  it('decides types by bytes: text is CSV only when named so, markup is HTML, PNG is PNG', async () => {
    const png = new Uint8Array(
      await sharp({ create: { width: 2, height: 2, channels: 3, background: '#000' } })
        .png()
        .toBuffer(),
    );
    expect(await detectType(png, 'photo.csv', true)).toBe('image/png');
    expect(await detectType(bytes('a,b\n1,2\n'), 'data.csv', true)).toBe('text/csv');
    expect(await detectType(bytes('a,b\n1,2\n'), 'data.png', true)).toBe('text/plain');
    expect(await detectType(bytes('  <svg onload="x()"></svg>'), 'logo.png', true)).toBe(
      'text/html',
    );
    expect(await detectType(bytes('notes <script>x</script>'), 'a.txt', true)).toBe('text/html');
    expect(await detectType(Uint8Array.from([0, 1, 2, 255, 254]), 'blob.bin', true)).toBeNull();
    expect(await detectType(png.subarray(0, 12), 'cut.png', true)).toBeNull();
  });

  it('never allows markup, even when listed', () => {
    const allow = createTypePolicy(`${DEFAULT_ALLOWED_TYPES.join(',')},text/html,image/*`);
    expect(allow('image/png')).toBe(true);
    expect(allow('image/svg+xml')).toBe(false);
    expect(allow('text/html')).toBe(false);
    expect(createTypePolicy('image/*')('application/pdf')).toBe(false);
  });

  it('sanitises names and quotes them safely for downloads', () => {
    expect(sanitizeFilename('C:\\Users\\me\\..\\report\u0000.pdf')).toBe('report.pdf');
    expect(sanitizeFilename('..')).toBe('file');
    expect(sanitizeFilename(`${'a'.repeat(300)}.xlsx`)).toHaveLength(200);
    expect(sanitizeFilename(`${'a'.repeat(300)}.xlsx`).endsWith('.xlsx')).toBe(true);
    expect(attachmentDisposition('résumé "final".pdf')).toBe(
      `attachment; filename="r_sum_ _final_.pdf"; filename*=UTF-8''r%C3%A9sum%C3%A9%20%22final%22.pdf`,
    );
  });
});

describe('import cell rules', () => {
  it('infers each type from a column of values', () => {
    expect(inferFieldType(['1', '2.5', '-3', '1,200'])).toBe('number');
    expect(inferFieldType(['$1.00', '$20', '€3'])).toBe('currency');
    expect(inferFieldType(['10%', '2.5 %'])).toBe('percent');
    expect(inferFieldType(['2025-01-01', '3/4/2025'])).toBe('date');
    expect(inferFieldType(['2025-01-01T10:00:00Z', '2025-01-02 09:30+02:00'])).toBe('dateTime');
    expect(inferFieldType(['yes', 'no', 'Yes', ''])).toBe('checkbox');
    expect(inferFieldType(['a@b.co', 'c@d.org'])).toBe('email');
    expect(inferFieldType(['https://a.example', 'http://b.example/x'])).toBe('url');
    expect(inferFieldType(['+1 (555) 123-4567', '555 987 6543'])).toBe('phoneNumber');
    expect(inferFieldType(['Open', 'Won', 'Open', 'Lost', 'Won', 'Open'])).toBe('singleSelect');
    expect(inferFieldType(['a, b', 'b', 'a', 'a, b', 'b, c', 'a'])).toBe('multipleSelects');
    expect(inferFieldType(['Ada', 'Grace', 'Linus', 'Barbara'])).toBe('singleLineText');
  });

  it('converts what fits and says why what does not', () => {
    expect(convertCell('currency', '$1,234.50')).toEqual({ ok: true, value: 1234.5 });
    expect(convertCell('percent', '12.5%')).toEqual({ ok: true, value: 0.125 });
    expect(convertCell('number', '12%')).toEqual({ ok: false, reason: '"12%" is not a number.' });
    expect(convertCell('date', '2/29/2024')).toEqual({ ok: true, value: '2024-02-29' });
    expect(convertCell('date', '2/29/2025').ok).toBe(false);
    expect(convertCell('dateTime', '2025-03-01 10:00+02:00')).toEqual({
      ok: true,
      value: '2025-03-01T08:00:00.000Z',
    });
    expect(convertCell('dateTime', '2025-03-01T10:00')).toEqual({
      ok: true,
      value: '2025-03-01T10:00:00.000Z',
    });
    expect(convertCell('checkbox', 'maybe').ok).toBe(false);
    expect(convertCell('multipleSelects', 'a, b,,c')).toEqual({ ok: true, value: ['a', 'b', 'c'] });
    expect(convertCell('email', 'not-an-email').ok).toBe(false);
    expect(convertCell('number', '   ')).toEqual({ ok: true, value: undefined });
    expect(convertCell('multipleRecordLinks', 'rec1').ok).toBe(false);
  });
});
