import type { FieldRow } from '../store.ts';

export interface StringFormat {
  timeZone: string;
  userLocale: string;
  /** Primary-field text of linked records, by id. */
  linkedNames: Map<string, unknown>;
}

function partsIn(iso: string, timeZone: string) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
  };
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function formatDate(p: { year: number; month: number; day: number }, format: string): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  switch (format) {
    case 'iso':
      return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
    case 'european':
      return `${p.day}/${p.month}/${p.year}`;
    case 'friendly':
      return `${MONTHS[p.month - 1]} ${p.day}, ${p.year}`;
    default: // 'local' and 'us'
      return `${p.month}/${p.day}/${p.year}`;
  }
}

function formatTime(p: { hour: number; minute: number }, format: string): string {
  const minute = String(p.minute).padStart(2, '0');
  if (format === '24hour') return `${String(p.hour).padStart(2, '0')}:${minute}`;
  return `${p.hour % 12 || 12}:${minute}${p.hour < 12 ? 'am' : 'pm'}`;
}

function formatNumber(value: number, precision: number, locale: string): string {
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: precision,
    maximumFractionDigits: precision,
  }).format(value);
}

function formatDuration(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  return `${h}:${String(m).padStart(2, '0')}`;
}

/** A cell as Airtable's `cellFormat=string` renders it. */
export function formatCellAsString(field: FieldRow, value: unknown, format: StringFormat): string {
  if (value === null || value === undefined) return '';
  const options = field.options ?? {};
  const precision = Number(options.precision ?? 0);
  switch (field.type) {
    case 'number':
      return formatNumber(Number(value), precision, format.userLocale);
    case 'currency':
      return `${String(options.symbol ?? '$')}${formatNumber(Number(value), precision, format.userLocale)}`;
    case 'percent':
      return `${formatNumber(Number(value) * 100, precision, format.userLocale)}%`;
    case 'duration':
      return formatDuration(Number(value));
    case 'checkbox':
      return value ? 'checked' : '';
    case 'date':
      return formatDate(
        partsIn(`${String(value)}T00:00:00Z`, 'UTC'),
        String((options.dateFormat as { name?: string })?.name ?? 'local'),
      );
    case 'dateTime':
    case 'createdTime':
    case 'lastModifiedTime': {
      const zone =
        String(options.timeZone ?? 'client') === 'client'
          ? format.timeZone
          : String(options.timeZone);
      const parts = partsIn(String(value), zone === 'utc' ? 'UTC' : zone);
      const dateFormat = String((options.dateFormat as { name?: string })?.name ?? 'local');
      const timeFormat = String((options.timeFormat as { name?: string })?.name ?? '12hour');
      return `${formatDate(parts, dateFormat)} ${formatTime(parts, timeFormat)}`;
    }
    case 'multipleRecordLinks':
      return (value as string[]).map((id) => String(format.linkedNames.get(id) ?? id)).join(', ');
    case 'multipleAttachments':
      return (value as { filename: string; url: string }[])
        .map((a) => `${a.filename} (${a.url})`)
        .join(', ');
    case 'singleCollaborator':
      return String(
        (value as { name?: string; email?: string }).name ??
          (value as { email?: string }).email ??
          '',
      );
    case 'multipleCollaborators':
      return (value as { name?: string; email?: string }[])
        .map((c) => c.name ?? c.email ?? '')
        .join(', ');
    default:
      if (Array.isArray(value))
        return value
          .map((v) => (typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)))
          .join(', ');
      if (typeof value === 'object')
        return (value as { error?: string }).error ?? JSON.stringify(value);
      return String(value);
  }
}
