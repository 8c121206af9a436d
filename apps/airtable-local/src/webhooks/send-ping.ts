import http from 'node:http';
import https from 'node:https';
import ipaddr from 'ipaddr.js';
import { isPublicAddress, publicOnlyLookup } from './notification-url.ts';

export interface PingOptions {
  allowPrivate: boolean;
  timeoutMs: number;
}

/**
 * POSTs a webhook ping and resolves to the response status. Redirects are not followed and,
 * unless `allowPrivate`, only public addresses are connected to (checked on the resolved
 * address, so DNS cannot point a ping inside the network).
 */
export function sendPing(
  target: string,
  body: string,
  headers: Record<string, string>,
  options: PingOptions,
): Promise<number> {
  const url = new URL(target);
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  if (!options.allowPrivate && ipaddr.isValid(host) && !isPublicAddress(host)) {
    return Promise.reject(new Error(`${host} is a private address`));
  }
  const request = url.protocol === 'https:' ? https.request : http.request;
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': Buffer.byteLength(body) },
        timeout: options.timeoutMs,
        ...(options.allowPrivate ? {} : { lookup: publicOnlyLookup }),
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`No answer within ${options.timeoutMs} ms`)));
    req.on('error', reject);
    req.end(body);
  });
}
