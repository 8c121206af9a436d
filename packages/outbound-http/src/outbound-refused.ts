/** Why a URL or an address was refused before anything was sent. */
export type RefusalReason =
  'invalid-url' | 'scheme' | 'credentials' | 'private-address' | 'unresolvable';

/** An outbound request refused by the SSRF rules: nothing was sent. */
export class OutboundRefused extends Error {
  override readonly name = 'OutboundRefused';
  constructor(
    readonly reason: RefusalReason,
    message: string,
  ) {
    super(message);
  }
}
