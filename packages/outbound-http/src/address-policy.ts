import ipaddr from 'ipaddr.js';

/**
 * True when an address is global unicast: anything else (loopback, private, link-local and
 * the cloud metadata address 169.254.169.254, CGNAT, multicast, broadcast, unspecified,
 * reserved, documentation, benchmarking, unique-local IPv6, and the IPv6 forms that carry an
 * IPv4 address inside — IPv4-mapped, NAT64, 6to4, Teredo) is refused. IPv4-mapped IPv6 is
 * judged as the IPv4 address it maps.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  const parsed = ipaddr.process(address.replace(/^\[|\]$/g, ''));
  return parsed.range() === 'unicast';
}

/** True when `value` is an IPv4 or IPv6 address literal (brackets allowed). */
export function isAddressLiteral(value: string): boolean {
  return ipaddr.isValid(value.replace(/^\[|\]$/g, ''));
}

/** The canonical text of an address (IPv4-mapped IPv6 as IPv4), to compare allowances. */
export function normalizeAddress(address: string): string {
  return ipaddr.process(address.replace(/^\[|\]$/g, '')).toString();
}
