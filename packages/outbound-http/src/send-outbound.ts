import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { isAddressLiteral } from './address-policy.ts';
import { vetOutboundUrl } from './check-url.ts';
import type { OutboundPolicy } from './outbound-policy.ts';

/** Defaults for requests to URLs people give us. */
export const OUTBOUND_TIMEOUT_MS = 10_000;
export const MAX_RESPONSE_BYTES = 64 * 1024;

// Connections are kept for the next request to the same host. A kept socket is connected to an
// address vetted when it was opened, so reusing it never reaches an address the rules refuse.
const agents = {
  'http:': new http.Agent({ keepAlive: true, maxSockets: 64, maxFreeSockets: 16 }),
  'https:': new https.Agent({ keepAlive: true, maxSockets: 64, maxFreeSockets: 16 }),
};

export interface OutboundRequest {
  url: string;
  method?: 'POST' | 'GET' | 'PUT' | 'PATCH' | 'DELETE';
  headers?: Record<string, string>;
  body?: string;
  /** The whole exchange, connection to last byte; 10 s by default. */
  timeoutMs?: number;
  /** Bytes of the response body kept; the rest is not read. 64 KiB by default. */
  maxResponseBytes?: number;
}

export interface OutboundResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The response body, cut at `maxResponseBytes`. */
  body: string;
  /** The same bytes, undecoded (files). */
  bytes: Buffer;
  truncated: boolean;
  /** The address connected to. */
  address: string;
}

/**
 * Sends one request to a URL a person gave: the URL is checked and resolved now, the
 * connection goes to an address that passed the checks (never re-resolved, so DNS cannot
 * change its answer in between), redirects are not followed (a 3xx is just a response),
 * the exchange times out, and the body read is capped. Throws OutboundRefused before sending
 * anything the policy forbids; network failures and timeouts reject with the error.
 */
export async function sendOutbound(
  request: OutboundRequest,
  policy: OutboundPolicy,
): Promise<OutboundResponse> {
  const { url, addresses } = await vetOutboundUrl(request.url, policy);
  const address = addresses[0]!;
  const family = address.includes(':') ? 6 : 4;
  // Connect to the vetted address while TLS and the Host header keep the name.
  const pinned: LookupFunction = (_host, options, callback) => {
    if ((options as { all?: boolean }).all) callback(null, [{ address, family }]);
    else callback(null, address, family);
  };
  const transport = url.protocol === 'https:' ? https : http;
  const timeoutMs = request.timeoutMs ?? OUTBOUND_TIMEOUT_MS;
  const maxBytes = request.maxResponseBytes ?? MAX_RESPONSE_BYTES;
  const body = request.body === undefined ? undefined : Buffer.from(request.body, 'utf8');

  return new Promise<OutboundResponse>((resolve, reject) => {
    const req = transport.request(
      url,
      {
        method: request.method ?? 'POST',
        headers: {
          ...request.headers,
          ...(body ? { 'content-length': String(body.length) } : {}),
        },
        ...(isAddressLiteral(url.hostname) ? {} : { lookup: pinned }),
        agent: agents[url.protocol as 'http:' | 'https:'],
        signal: AbortSignal.timeout(timeoutMs),
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        let truncated = false;
        const finish = () => {
          const bytes = Buffer.concat(chunks);
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: bytes.toString('utf8'),
            bytes,
            truncated,
            address,
          });
        };
        res.on('data', (chunk: Buffer) => {
          if (truncated) return;
          const room = maxBytes - size;
          if (chunk.length > room) {
            chunks.push(chunk.subarray(0, room));
            size = maxBytes;
            truncated = true;
            // Enough read: the rest of a large body is never downloaded.
            res.destroy();
            finish();
            return;
          }
          chunks.push(chunk);
          size += chunk.length;
        });
        res.on('end', finish);
        res.on('error', (error) => (truncated ? undefined : reject(error)));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
