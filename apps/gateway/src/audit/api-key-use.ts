import { deterministicId, type AuditOutbox } from '@pyairtable/audit-client';
import type { Logger } from '@pyairtable/subgraph-kit';
import type { AuthResult } from '../authenticate.ts';

type Authenticate = (authorization: string | undefined, requestId: string) => Promise<AuthResult>;

/**
 * Records an API key's first use each day (UTC). The entry id is derived from key and day,
 * so gateway replicas that each see a first use still leave one entry.
 */
export function recordingApiKeyUse(
  authenticate: Authenticate,
  outbox: AuditOutbox,
  logger: Logger,
): Authenticate {
  const seen = new Set<string>();
  return async (authorization, requestId) => {
    const result = await authenticate(authorization, requestId);
    const creds = result.ok ? result.credentials : null;
    if (creds?.apiKeyId) {
      const day = new Date().toISOString().slice(0, 10);
      const key = `${creds.apiKeyId}:${day}`;
      if (!seen.has(key)) {
        if (seen.size > 100_000) seen.clear();
        seen.add(key);
        await outbox
          .record({
            id: deterministicId(`apiKey.used:${key}`),
            workspaceId: null,
            actor: { userId: creds.userId, apiKeyId: creds.apiKeyId },
            path: 'system',
            operation: 'identity.apiKeyUsed',
            outcome: 'ok',
            errorCode: null,
            requestId,
            ip: null,
            userAgent: null,
            target: { id: creds.apiKeyId },
          })
          .catch((err: unknown) => {
            seen.delete(key);
            logger.error({ err }, 'audit entry could not be stored');
          });
      }
    }
    return result;
  };
}
