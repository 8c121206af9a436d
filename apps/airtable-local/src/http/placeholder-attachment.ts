import type { Express } from 'express';

const COLORS = [
  '#2d7ff9',
  '#20c933',
  '#ff6f2c',
  '#8b46ff',
  '#f82b60',
  '#18bfff',
  '#fcb400',
  '#666666',
];

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * GET /attachments/* — seeded attachments point here; each answers a small SVG with the
 * file's initials, so demos show real thumbnails without shipping image files.
 */
export function addPlaceholderAttachments(app: Express): void {
  app.get('/attachments/*path', (req, res) => {
    const file = decodeURIComponent(req.path.split('/').pop() ?? 'file');
    const initials =
      file
        .replace(/\.[^.]+$/, '')
        .split(/[-_ ]+/)
        .filter(Boolean)
        .slice(0, 2)
        .map((w) => w[0]!.toUpperCase())
        .join('') || '?';
    const color = COLORS[[...file].reduce((n, c) => n + c.charCodeAt(0), 0) % COLORS.length];
    res
      .type('image/svg+xml')
      .set('cache-control', 'public, max-age=86400')
      .send(
        `<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256"><rect width="256" height="256" rx="32" fill="${color}"/><text x="128" y="150" font-family="sans-serif" font-size="96" font-weight="bold" fill="#fff" text-anchor="middle">${escape(initials)}</text></svg>`,
      );
  });
}
