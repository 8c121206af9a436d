import { createHash } from 'node:crypto';
import type { Store } from '../store.ts';
import { ApiError } from './api-error.ts';

export interface Token {
  name: string;
  scopes: string[];
  /** null: every base. */
  baseIds: string[] | null;
  hash: string;
}

/** Every scope a personal access token can hold. */
export const ALL_SCOPES = [
  'data.records:read',
  'data.records:write',
  'data.recordComments:read',
  'data.recordComments:write',
  'schema.bases:read',
  'schema.bases:write',
  'webhook:manage',
];

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Resolves `Authorization: Bearer <token>` (or `?api_key=`) to a token; 401 otherwise. */
export async function authenticate(
  store: Store,
  authorization: string | undefined,
): Promise<Token> {
  const match = authorization ? /^Bearer\s+(\S+)$/i.exec(authorization) : null;
  if (!match?.[1]) {
    throw new ApiError(401, 'AUTHENTICATION_REQUIRED', 'Authentication required');
  }
  const hash = hashToken(match[1]);
  const token = await store.findToken(hash);
  if (!token) throw new ApiError(401, 'AUTHENTICATION_REQUIRED', 'Authentication required');
  return { ...token, hash };
}

/** Refuses a token that lacks a scope or may not touch the base. */
export function authorize(token: Token, scope: string, baseId?: string): void {
  const baseAllowed = !baseId || token.baseIds === null || token.baseIds.includes(baseId);
  if (!token.scopes.includes(scope) || !baseAllowed) {
    throw new ApiError(
      403,
      'INVALID_PERMISSIONS_OR_MODEL_NOT_FOUND',
      'Invalid permissions, or the requested model was not found. Check that both your user and your token have the required permissions, and that the model names and/or ids are correct.',
    );
  }
}
