import { fileTypeFromBuffer } from 'file-type';

/** Bytes read from a file's start to decide its type (file-type needs at most 4100). */
export const SNIFF_BYTES = 4100;

// Markup a browser would render as a page or run as an image with scripts.
const MARKUP = /^\s*<|<\s*(html|head|body|script|svg|iframe|object|embed|meta|!doctype)\b/i;

/** True when the bytes are UTF-8 text with no NUL (a cut multi-byte character at the end allowed). */
function isText(sample: Uint8Array, whole: boolean): boolean {
  const bytes = whole ? sample : sample.subarray(0, Math.max(0, sample.length - 3));
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * The MIME type a file's first bytes show (magic numbers), never its name: a name only tells
 * CSV from plain text once the bytes are text. Text that looks like markup is `text/html`
 * (refused by the allow-list); unknown binary is null.
 */
export async function detectType(sample: Uint8Array, filename: string, whole: boolean) {
  // A sample too short for the format it starts like is no file of that format.
  const found = await fileTypeFromBuffer(sample).catch(() => undefined);
  if (found) return found.mime;
  if (!isText(sample, whole)) return null;
  const text = new TextDecoder().decode(sample).replace(/^\uFEFF/, '');
  if (MARKUP.test(text)) return 'text/html';
  return /\.(csv|tsv)$/i.test(filename) ? 'text/csv' : 'text/plain';
}
