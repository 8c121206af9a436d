import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { lookup as lookupAll } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';

/** Resolves a host name to every address it has. */
export type ResolveHost = (hostname: string) => Promise<string[]>;

const resolveHost: ResolveHost = async (hostname) =>
  (await lookupAll(hostname, { all: true })).map((a) => a.address);

/** True for an address on the public internet: not loopback, private, link-local, reserved… */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  // process() reads ::ffff:127.0.0.1 as the IPv4 address it carries.
  return ipaddr.process(address).range() === 'unicast';
}

function hostOf(url: URL): string {
  // URL keeps IPv6 literals in brackets: [::1].
  return url.hostname.replace(/^\[(.*)\]$/, '$1').toLowerCase();
}

/**
 * Why airtable-local will not call `raw` as a webhook's notificationUrl, or undefined when it
 * will: only http(s) URLs, and unless `allowPrivate`, only hosts on the public internet (a
 * name is resolved; one that does not resolve yet is let through, and the ping's connection
 * checks again).
 */
export async function notificationUrlProblem(
  raw: string,
  allowPrivate: boolean,
  resolve: ResolveHost = resolveHost,
): Promise<string | undefined> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'notificationUrl must be an absolute http or https URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return 'notificationUrl must be an http or https URL';
  if (allowPrivate) return undefined;
  const host = hostOf(url);
  if (host === 'localhost' || host.endsWith('.localhost')) return privateProblem(host);
  if (ipaddr.isValid(host)) return isPublicAddress(host) ? undefined : privateProblem(host);
  let addresses: string[];
  try {
    addresses = await resolve(host);
  } catch {
    return undefined;
  }
  const inside = addresses.find((a) => !isPublicAddress(a));
  return inside ? privateProblem(`${host} (${inside})`) : undefined;
}

function privateProblem(host: string): string {
  return `notificationUrl points at ${host}, a loopback or private address; set WEBHOOKS_ALLOW_PRIVATE_URLS=true to allow it`;
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * A `lookup` for http.request that refuses to connect to anything but public addresses, so a
 * name that resolves to a private address after the webhook was created is not called either.
 */
export function publicOnlyLookup(
  hostname: string,
  options: LookupOptions,
  callback: LookupCallback,
): void {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, []);
    const inside = addresses.find((a) => !isPublicAddress(a.address));
    if (inside) {
      return callback(
        new Error(`${hostname} resolves to ${inside.address}, a private address`),
        [],
      );
    }
    if (options.all) return callback(null, addresses);
    const first = addresses[0]!;
    callback(null, first.address, first.family);
  });
}
