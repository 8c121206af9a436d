import { AirtableApiError } from '@pyairtable/airtable-api';
import { badUserInput, uuidOrNotFound } from '@pyairtable/subgraph-kit';
import type { AirtableDeps } from '../deps.ts';
import { requireWorkspaceRole } from './access.ts';
import { requireUser, type Actor } from '@pyairtable/subgraph-kit';

export interface ConnectAirtableInput {
  workspaceId: string;
  name: string;
  token: string;
}

/** Checks a personal access token against Airtable, then stores it sealed (admins). */
export async function connectAirtable(
  deps: AirtableDeps,
  actor: Actor,
  input: ConnectAirtableInput,
) {
  const workspaceId = uuidOrNotFound(input.workspaceId, 'Workspace');
  await requireWorkspaceRole(deps, actor, workspaceId, 'ADMIN');
  const name = input.name.trim();
  if (!name || name.length > 100)
    throw badUserInput('Give the connection a name of 1 to 100 characters.', 'name');
  const token = input.token.trim();
  if (token.length < 8)
    throw badUserInput('That does not look like an Airtable personal access token.', 'token');
  try {
    await deps.clients.forToken(token).validateToken();
  } catch (error) {
    if (error instanceof AirtableApiError && (error.status === 401 || error.status === 403)) {
      throw badUserInput(
        'Airtable did not accept this token. Check it and its scopes (data.records:read/write, schema.bases:read).',
        'token',
      );
    }
    throw error;
  }
  const connection = await deps.db.insertConnection({
    workspaceId,
    name,
    tokenSealed: deps.secrets.encrypt(token),
    tokenHint: `…${token.slice(-4)}`,
    createdById: requireUser(actor),
  });
  actor.log.info({ connectionId: connection.id, workspaceId }, 'airtable connected');
  return connection;
}
