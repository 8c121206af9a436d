import { randomBytes } from 'node:crypto';

/** A message id (the webhook-id header): msg_ and 24 random base64url characters. */
export const newMessageId = () => `msg_${randomBytes(18).toString('base64url')}`;
