export { isPublicAddress } from './address-policy.ts';
export { checkOutboundUrl, resolveOutboundAddresses, vetOutboundUrl } from './check-url.ts';
export { OutboundRefused, type RefusalReason } from './outbound-refused.ts';
export {
  parseAllowHosts,
  resolveWithSystem,
  type OutboundPolicy,
  type ResolveHost,
} from './outbound-policy.ts';
export {
  MAX_RESPONSE_BYTES,
  OUTBOUND_TIMEOUT_MS,
  sendOutbound,
  type OutboundRequest,
  type OutboundResponse,
} from './send-outbound.ts';
