import type { Express, Response } from 'express';
import type { FilesDeps } from '../deps.ts';
import { attachmentDisposition } from '../domain/sanitize-filename.ts';
import { verifyLink, type LinkKind } from '../domain/signed-links.ts';

// Nothing served here may run as a page of the app's origin.
function safeHeaders(res: Response) {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
  res.setHeader('Cross-Origin-Resource-Policy', 'same-site');
  res.setHeader('Cache-Control', 'private, max-age=300');
}

/**
 * `/files/download/<id>` and `/files/thumbnail/<id>`: a file's bytes (as an attachment) or
 * its thumbnail, for whoever holds an unexpired signed link (from `File.downloadUrl`).
 */
export function addDownloadRoutes(app: Express, deps: FilesDeps) {
  const route = (kind: LinkKind) =>
    app.get(`/files/${kind}/:id`, async (req, res) => {
      const id = String(req.params.id);
      const { expires, signature } = req.query as Record<string, string | undefined>;
      const now = Math.floor(deps.clock().getTime() / 1000);
      if (!verifyLink(deps.config.GATEWAY_SIGNING_SECRET, kind, id, expires, signature, now))
        return void res.status(403).json({ error: 'This link is invalid or has expired.' });
      const file = await deps.db.findFile(id).catch(() => null);
      if (!file || file.status !== 'READY' || (kind === 'thumbnail' && !file.hasThumbnail))
        return void res.status(404).json({ error: 'Not found.' });
      safeHeaders(res);
      if (kind === 'thumbnail') {
        res.setHeader('Content-Type', 'image/jpeg');
        return void deps.storage.readThumbnail(id).pipe(res);
      }
      res.setHeader('Content-Type', file.contentType ?? 'application/octet-stream');
      res.setHeader('Content-Length', String(file.size));
      res.setHeader('Content-Disposition', attachmentDisposition(file.filename));
      deps.storage.read(id).pipe(res);
    });
  route('download');
  route('thumbnail');
}
