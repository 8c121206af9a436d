import { isAddressLiteral, isPublicAddress, normalizeAddress } from './address-policy.ts';
import { OutboundRefused } from './outbound-refused.ts';
import { resolveWithSystem, type OutboundPolicy } from './outbound-policy.ts';

const MAX_URL_LENGTH = 2048;

/** The host of a URL without IPv6 brackets, lowercased. */
function hostOf(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
}

function isAllowed(host: string, policy: OutboundPolicy): boolean {
  const canonical = isAddressLiteral(host) ? normalizeAddress(host) : host;
  return policy.allowHosts.some(
    (allowed) =>
      allowed === host || (isAddressLiteral(allowed) && normalizeAddress(allowed) === canonical),
  );
}

/**
 * Checks what can be checked without the network: a valid http(s) URL (https only when the
 * policy says so), no credentials in it, and an address literal that is public or allowed.
 * Returns the parsed URL; throws OutboundRefused otherwise.
 */
export function checkOutboundUrl(value: string, policy: OutboundPolicy): URL {
  let url: URL;
  try {
    if (value.length > MAX_URL_LENGTH) throw new Error('too long');
    url = new URL(value);
  } catch {
    throw new OutboundRefused(
      'invalid-url',
      `Enter a valid URL of at most ${MAX_URL_LENGTH} characters.`,
    );
  }
  const allowedSchemes = policy.requireHttps ? ['https:'] : ['https:', 'http:'];
  if (!allowedSchemes.includes(url.protocol)) {
    throw new OutboundRefused(
      'scheme',
      policy.requireHttps ? 'The URL must use https.' : 'The URL must use http or https.',
    );
  }
  if (url.username || url.password)
    throw new OutboundRefused('credentials', 'The URL must not contain a user name or password.');
  const host = hostOf(url);
  if (isAllowed(host, policy)) return url;
  if (isAddressLiteral(host) && !isPublicAddress(host))
    throw new OutboundRefused('private-address', refusalMessage(host));
  if (host === 'localhost' || host.endsWith('.localhost') || !host.includes('.'))
    throw new OutboundRefused('private-address', refusalMessage(host));
  return url;
}

function refusalMessage(what: string): string {
  return `${what} is a loopback, private, link-local or otherwise internal address; webhooks go to public addresses only.`;
}

/**
 * The addresses to connect to for a URL already checked by `checkOutboundUrl`, resolved now:
 * refused when any of them is not public (a name that also resolves inward could be made to
 * reach it), unless the host is allowed.
 */
export async function resolveOutboundAddresses(
  url: URL,
  policy: OutboundPolicy,
): Promise<string[]> {
  const host = hostOf(url);
  if (isAddressLiteral(host)) return [normalizeAddress(host)];
  let addresses: string[];
  try {
    addresses = await (policy.resolve ?? resolveWithSystem)(host);
  } catch {
    throw new OutboundRefused('unresolvable', `${host} could not be resolved.`);
  }
  if (addresses.length === 0)
    throw new OutboundRefused('unresolvable', `${host} could not be resolved.`);
  if (isAllowed(host, policy)) return addresses;
  const inward = addresses.find((address) => !isPublicAddress(address));
  if (inward)
    throw new OutboundRefused('private-address', `${host} resolves to ${refusalMessage(inward)}`);
  return addresses;
}

/** Checks a URL and resolves it now, as a send does: the addresses to connect to. */
export async function vetOutboundUrl(value: string, policy: OutboundPolicy) {
  const url = checkOutboundUrl(value, policy);
  return { url, addresses: await resolveOutboundAddresses(url, policy) };
}
