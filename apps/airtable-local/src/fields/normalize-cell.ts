import { newId } from '../ids.ts';
import { ApiError, invalidValue } from '../http/api-error.ts';
import type { FieldRow } from '../store.ts';
import { COMPUTED_TYPES } from './field-types.ts';

export interface Choice {
  id: string;
  name: string;
  color?: string;
}

export interface NormalizeContext {
  typecast: boolean;
  /** Called when typecast creates a select option; returns the option's name. */
  addChoice(field: FieldRow, name: string): void;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function choicesOf(field: FieldRow): Choice[] {
  return (field.options?.choices as Choice[] | undefined) ?? [];
}

function text(field: FieldRow, value: unknown, ctx: NormalizeContext): string | null {
  if (value === null || value === '') return null;
  if (typeof value === 'string') return value;
  if (ctx.typecast && (typeof value === 'number' || typeof value === 'boolean'))
    return String(value);
  throw invalidValue(field.name, 'expected a string');
}

function number(field: FieldRow, value: unknown, ctx: NormalizeContext): number | null {
  if (value === null || value === '') return null;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (ctx.typecast && typeof value === 'string') {
    const parsed = Number(value.replace(/[^0-9eE.+-]/g, ''));
    if (value.trim() !== '' && Number.isFinite(parsed)) return parsed;
  }
  throw invalidValue(field.name, 'expected a number');
}

function choice(field: FieldRow, value: unknown, ctx: NormalizeContext): string | null {
  if (value === null || value === '') return null;
  const name = typeof value === 'string' ? value : ctx.typecast ? String(value) : undefined;
  if (name === undefined) throw invalidValue(field.name, 'expected the name of an option');
  const found = choicesOf(field).find((c) => c.name === name || c.id === name);
  if (found) return found.name;
  if (!ctx.typecast) {
    throw new ApiError(
      422,
      'INVALID_MULTIPLE_CHOICE_OPTIONS',
      `Insufficient permissions to create new select option ""${name}""`,
    );
  }
  ctx.addChoice(field, name);
  return name;
}

function date(
  field: FieldRow,
  value: unknown,
  withTime: boolean,
  ctx: NormalizeContext,
): string | null {
  if (value === null || value === '') return null;
  if (typeof value !== 'string' && !(ctx.typecast && typeof value === 'number'))
    throw invalidValue(field.name, 'expected an ISO 8601 date');
  if (!withTime && typeof value === 'string' && DATE.test(value)) return value;
  const parsed = new Date(value);
  if (Number.isNaN(parsed.getTime()))
    throw invalidValue(field.name, `"${String(value)}" is not a valid date`);
  return withTime ? parsed.toISOString() : parsed.toISOString().slice(0, 10);
}

function attachments(field: FieldRow, value: unknown): unknown[] | null {
  if (value === null) return null;
  if (!Array.isArray(value))
    throw invalidValue(field.name, 'expected an array of attachment objects');
  return value.map((item) => {
    const a = item as {
      id?: unknown;
      url?: unknown;
      filename?: unknown;
      type?: unknown;
      size?: unknown;
    };
    if (
      typeof a !== 'object' ||
      a === null ||
      (typeof a.url !== 'string' && typeof a.id !== 'string')
    ) {
      throw invalidValue(field.name, 'each attachment needs a url');
    }
    const url = typeof a.url === 'string' ? a.url : '';
    const filename =
      typeof a.filename === 'string'
        ? a.filename
        : decodeURIComponent(url.split('/').pop()?.split('?')[0] || 'file');
    const type = typeof a.type === 'string' ? a.type : guessMimeType(filename);
    return {
      id: typeof a.id === 'string' ? a.id : newId('att'),
      url,
      filename,
      ...(typeof a.size === 'number' ? { size: a.size } : {}),
      type,
      // Airtable adds thumbnails to images; ours point at the original.
      ...(type.startsWith('image/') ? imageSizes(url) : {}),
    };
  });
}

function imageSizes(url: string) {
  const size = (px: number) => ({ url, width: px, height: px });
  return {
    width: 256,
    height: 256,
    thumbnails: { small: size(36), large: size(256), full: size(256) },
  };
}

function guessMimeType(filename: string): string {
  const ext = filename.split('.').pop()?.toLowerCase() ?? '';
  const types: Record<string, string> = {
    png: 'image/png',
    jpg: 'image/jpeg',
    jpeg: 'image/jpeg',
    gif: 'image/gif',
    svg: 'image/svg+xml',
    pdf: 'application/pdf',
    csv: 'text/csv',
    txt: 'text/plain',
  };
  return types[ext] ?? 'application/octet-stream';
}

function collaborator(field: FieldRow, value: unknown): unknown {
  if (value === null) return null;
  const c = value as { id?: unknown; email?: unknown; name?: unknown };
  if (typeof c !== 'object' || (typeof c.id !== 'string' && typeof c.email !== 'string')) {
    throw invalidValue(field.name, 'expected a collaborator object with an id or email');
  }
  const email = typeof c.email === 'string' ? c.email : undefined;
  return {
    id:
      typeof c.id === 'string'
        ? c.id
        : `usr${Buffer.from(email ?? '')
            .toString('hex')
            .slice(0, 14)
            .padEnd(14, '0')}`,
    ...(email ? { email } : {}),
    ...(typeof c.name === 'string' ? { name: c.name } : {}),
  };
}

/**
 * Validates a written cell value for a field and returns what is stored (null clears the
 * cell). Links come back as the given strings; the writer checks they name records.
 */
export function normalizeCell(field: FieldRow, value: unknown, ctx: NormalizeContext): unknown {
  if (COMPUTED_TYPES.has(field.type)) {
    throw new ApiError(
      422,
      'INVALID_VALUE_FOR_COLUMN',
      `Field "${field.name}" cannot accept a value because the field is computed`,
    );
  }
  if (value === undefined) return null;
  switch (field.type) {
    case 'richText': {
      // Markdown, as the API reads and writes it; Airtable always hands it back ending in "\n".
      const markdown = text(field, value, ctx);
      return markdown === null || markdown.endsWith('\n') ? markdown : `${markdown}\n`;
    }
    case 'singleLineText':
    case 'multilineText':
    case 'email':
    case 'url':
    case 'phoneNumber':
    case 'barcode':
      return text(field, value, ctx);
    case 'number':
    case 'currency':
    case 'percent':
    case 'duration':
      return number(field, value, ctx);
    case 'rating': {
      const n = number(field, value, ctx);
      const max = (field.options?.max as number | undefined) ?? 5;
      if (n !== null && (!Number.isInteger(n) || n < 0 || n > max))
        throw invalidValue(field.name, `a rating is a whole number from 1 to ${max}`);
      return n === 0 ? null : n;
    }
    case 'checkbox':
      if (value === null) return null;
      if (typeof value === 'boolean') return value || null;
      if (ctx.typecast)
        return ['true', '1', 'yes', 'checked', 'x'].includes(String(value).toLowerCase()) || null;
      throw invalidValue(field.name, 'expected true or false');
    case 'singleSelect':
      return choice(field, value, ctx);
    case 'multipleSelects': {
      if (value === null) return null;
      const list = Array.isArray(value)
        ? value
        : ctx.typecast && typeof value === 'string'
          ? value.split(',').map((s) => s.trim())
          : null;
      if (!list) throw invalidValue(field.name, 'expected an array of option names');
      return [
        ...new Set(list.map((v) => choice(field, v, ctx)).filter((v): v is string => v !== null)),
      ];
    }
    case 'date':
      return date(field, value, false, ctx);
    case 'dateTime':
      return date(field, value, true, ctx);
    case 'multipleRecordLinks': {
      if (value === null) return null;
      const list = Array.isArray(value)
        ? value
        : ctx.typecast && typeof value === 'string'
          ? [value]
          : null;
      if (!list) throw invalidValue(field.name, 'expected an array of record ids');
      return list.map((v) => {
        if (typeof v === 'string') return v;
        if (typeof v === 'object' && v !== null && typeof (v as { id?: unknown }).id === 'string')
          return (v as { id: string }).id;
        throw invalidValue(field.name, 'expected an array of record ids');
      });
    }
    case 'multipleAttachments':
      return attachments(field, value);
    case 'singleCollaborator':
      return collaborator(field, value);
    case 'multipleCollaborators':
      if (value === null) return null;
      if (!Array.isArray(value))
        throw invalidValue(field.name, 'expected an array of collaborators');
      return value.map((v) => collaborator(field, v));
    default:
      throw invalidValue(field.name, `fields of type ${field.type} are not supported`);
  }
}
