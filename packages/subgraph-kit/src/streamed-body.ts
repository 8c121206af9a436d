import type { IncomingHttpHeaders } from 'node:http';

/**
 * What a signature covers instead of the bytes of a body streamed through the gateway (tus
 * uploads, which it cannot hash without holding them): the body's length and the upload
 * headers that say where the bytes go. Gateway and subgraph compute it from the same headers.
 */
export function streamedBodyClaim(headers: IncomingHttpHeaders): string {
  const h = (name: string) => String(headers[name] ?? '');
  return `streamed:${h('content-length')}:${h('upload-offset')}:${h('upload-length')}:${h('upload-metadata')}`;
}
