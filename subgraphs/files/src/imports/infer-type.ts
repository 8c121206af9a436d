/** Recognisers of cell text, shared by type inference and conversion. */
export const PATTERNS = {
  number: /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?$/,
  currency: /^[+-]?[$€£¥]\s?[\d,]*\.?\d+$|^[+-]?[\d,]*\.?\d+\s?[$€£¥]$/,
  percent: /^[+-]?[\d,]*\.?\d+\s?%$/,
  date: /^(\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{4})$/,
  dateTime: /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/,
  checkbox: /^(true|false|yes|no|checked|unchecked|x|✓|✔)$/i,
  email: /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
  url: /^https?:\/\/[^\s]+$/i,
  phoneNumber: /^\+?[\d\s().-]{7,20}$/,
} as const;

const isNumber = (v: string) => PATTERNS.number.test(v) && /\d/.test(v);

/**
 * The Airtable field type a column's values suggest: every non-empty value must fit it.
 * Few distinct values that repeat suggest a select; comma-separated ones, multiple selects.
 */
export function inferFieldType(values: readonly string[]): string {
  const given = values.map((v) => v.trim()).filter(Boolean);
  if (given.length === 0) return 'singleLineText';
  const all = (test: (v: string) => boolean) => given.every(test);
  if (all((v) => PATTERNS.checkbox.test(v))) return 'checkbox';
  if (all(isNumber)) return 'number';
  if (all((v) => PATTERNS.currency.test(v))) return 'currency';
  if (all((v) => PATTERNS.percent.test(v))) return 'percent';
  if (all((v) => PATTERNS.date.test(v))) return 'date';
  if (all((v) => PATTERNS.dateTime.test(v))) return 'dateTime';
  if (all((v) => PATTERNS.email.test(v))) return 'email';
  if (all((v) => PATTERNS.url.test(v))) return 'url';
  if (all((v) => PATTERNS.phoneNumber.test(v) && (v.match(/\d/g)?.length ?? 0) >= 7))
    return 'phoneNumber';
  if (given.some((v) => v.includes('\n'))) return 'multilineText';
  if (given.length >= 4) {
    if (given.some((v) => v.includes(','))) {
      const parts = given.flatMap((v) => v.split(/\s*,\s*/)).filter(Boolean);
      if (new Set(parts).size <= parts.length / 2) return 'multipleSelects';
    } else if (new Set(given).size <= given.length / 2) return 'singleSelect';
  }
  return 'singleLineText';
}
