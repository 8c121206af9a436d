import { API_KEY_PREFIX, badUserInput, notFound, uuidOrNotFound } from '@pyairtable/subgraph-kit';
import type { IdentityDeps } from '../deps.ts';
import { hashSecret, newSecret } from './secrets.ts';
import { validName } from './validate.ts';

// Writing lastUsedAt on every request would turn every read into a write.
const LAST_USED_GRANULARITY_MS = 60_000;

const BASE_ID = /^app[A-Za-z0-9]{14}$/;
const MAX_KEY_BASES = 100;

/**
 * Creates a personal API key, optionally read-only and limited to named bases; the secret
 * leaves the server only in this response.
 */
export async function createApiKey(
  deps: IdentityDeps,
  userId: string,
  input: { name: string; readOnly?: boolean | null; baseIds?: string[] | null },
) {
  const name = validName(input.name);
  const baseIds = [...new Set(input.baseIds ?? [])];
  if (baseIds.length > MAX_KEY_BASES || baseIds.some((id) => !BASE_ID.test(id)))
    throw badUserInput(`Name up to ${MAX_KEY_BASES} Airtable base ids (app…).`, 'baseIds');
  const secret = `${API_KEY_PREFIX}${newSecret()}`;
  const apiKey = await deps.db.insertApiKey({
    userId,
    name,
    prefix: secret.slice(0, API_KEY_PREFIX.length + 6),
    secretHash: hashSecret(secret),
    readOnly: input.readOnly === true,
    baseIds,
  });
  deps.logger.info({ userId, apiKeyId: apiKey.id }, 'api key created');
  return { apiKey, secret };
}

/** Revokes one of the user's keys; other people's keys are NOT_FOUND. */
export async function revokeApiKey(deps: IdentityDeps, userId: string, id: string) {
  const key = await deps.db.findApiKey(uuidOrNotFound(id, 'ApiKey'));
  if (!key || key.userId !== userId) throw notFound('ApiKey', id);
  if (key.revokedAt) return key;
  return deps.db.revokeApiKey(id, deps.clock());
}

/** Resolves an API key secret to its owner, or null when unknown or revoked. */
export async function verifyApiKey(
  deps: IdentityDeps,
  secret: string,
): Promise<{
  userId: string;
  email: string;
  apiKeyId: string;
  scopes: { readOnly: boolean; baseIds: string[] | null };
} | null> {
  if (!secret.startsWith(API_KEY_PREFIX)) return null;
  const key = await deps.db.findApiKeyBySecretHash(hashSecret(secret));
  if (!key || key.revokedAt || key.user.disabledAt) return null;
  await deps.db.touchApiKey(key.id, deps.clock(), LAST_USED_GRANULARITY_MS);
  return {
    userId: key.userId,
    email: key.user.email,
    apiKeyId: key.id,
    scopes: { readOnly: key.readOnly, baseIds: key.baseIds.length ? key.baseIds : null },
  };
}
