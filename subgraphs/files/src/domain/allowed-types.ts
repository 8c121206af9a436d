/** What uploads may be by default: images, PDF, office documents, CSV and text, archives. */
export const DEFAULT_ALLOWED_TYPES = [
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'image/avif',
  'image/heic',
  'image/tiff',
  'image/bmp',
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.presentation',
  // Word 97–2003, Excel 97–2003 and other compound files.
  'application/x-cfb',
  'text/csv',
  'text/plain',
  'application/zip',
  'application/gzip',
  'application/x-tar',
  'application/x-7z-compressed',
];

// Types a browser would run: refused even when an operator lists them.
const NEVER = new Set([
  'text/html',
  'image/svg+xml',
  'application/xhtml+xml',
  'text/xml',
  'application/xml',
]);

/** Parses FILES_ALLOWED_TYPES into a check. */
export function createTypePolicy(setting: string) {
  const entries = setting
    .split(',')
    .map((t) => t.trim().toLowerCase())
    .filter(Boolean);
  return (mime: string): boolean => {
    if (NEVER.has(mime)) return false;
    return entries.some((e) => e === mime || (e.endsWith('/*') && mime.startsWith(e.slice(0, -1))));
  };
}

export type TypePolicy = ReturnType<typeof createTypePolicy>;
