import { createHash } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from '@pyairtable/subgraph-kit';
import type { GatewayClient } from './gateway-client.ts';

export interface Caller {
  userId: string;
  /** The bearer the caller sent: tools run through the gateway with it. */
  token: string;
}

const MAX_CACHED = 10_000;

/** Requires a platform bearer (API key or access token) that the gateway accepts. */
export function createAuthenticate(options: {
  gateway: GatewayClient;
  cacheMs: number;
  /** Where clients read this resource's metadata (RFC 9728). */
  resourceMetadataUrl: () => string;
  logger: Logger;
}) {
  const verified = new Map<string, { userId: string; expires: number }>();

  function refuse(res: Response, description: string, error?: string) {
    const parts = [
      ...(error
        ? [`error="${error}"`, `error_description="${description.replace(/"/g, "'")}"`]
        : []),
      `resource_metadata="${options.resourceMetadataUrl()}"`,
    ];
    res
      .status(401)
      .set('WWW-Authenticate', `Bearer ${parts.join(', ')}`)
      .json({ error: error ?? 'invalid_request', error_description: description });
  }

  return async function authenticate(req: Request, res: Response, next: NextFunction) {
    const header = req.header('authorization');
    if (!header) {
      return refuse(
        res,
        'Send a platform API key (pyat_…) or an access token as "Authorization: Bearer <token>".',
      );
    }
    const token = /^Bearer\s+(\S+)$/i.exec(header.trim())?.[1];
    if (!token) return refuse(res, 'Use "Authorization: Bearer <token>".', 'invalid_request');
    const key = createHash('sha256').update(token).digest('hex');
    const cached = verified.get(key);
    let userId = cached && cached.expires > Date.now() ? cached.userId : undefined;
    if (!userId) {
      let result;
      try {
        result = await options.gateway.identify(token);
      } catch (error) {
        options.logger.error({ err: error }, 'bearer check failed');
        res
          .status(503)
          .json({ error: 'temporarily_unavailable', error_description: 'The API is unavailable.' });
        return;
      }
      if (!result.ok) return refuse(res, result.message, 'invalid_token');
      userId = result.userId;
      if (verified.size >= MAX_CACHED) verified.clear();
      verified.set(key, { userId, expires: Date.now() + options.cacheMs });
    }
    res.locals.caller = { userId, token } satisfies Caller;
    next();
  };
}
