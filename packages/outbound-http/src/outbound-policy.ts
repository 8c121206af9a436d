import { lookup as dnsLookup } from 'node:dns/promises';

/** Resolves a host name to every address it has. */
export type ResolveHost = (host: string) => Promise<string[]>;

/** What outbound requests may reach. */
export interface OutboundPolicy {
  /**
   * Host names or addresses allowed despite the address rules (e.g. an internal receiver);
   * compared case-insensitively, addresses in canonical form.
   */
  allowHosts: readonly string[];
  /** Refuse plain http (production). */
  requireHttps: boolean;
  /** DNS resolution; the system resolver by default (tests give their own). */
  resolve?: ResolveHost;
}

/** Every address the system resolver knows for a host. */
export const resolveWithSystem: ResolveHost = async (host) =>
  (await dnsLookup(host, { all: true, verbatim: true })).map((entry) => entry.address);

/** Parses a comma-separated allowance setting (`WEBHOOKS_ALLOW_HOSTS`) into a list. */
export function parseAllowHosts(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((entry) => entry.trim().toLowerCase())
    .filter(Boolean);
}
