import { AirtableApiError } from '@pyairtable/airtable-api';
import { badUserInput, conflict, notFound, uuidOrNotFound } from '@pyairtable/subgraph-kit';
import type { AirtableContext } from '../deps.ts';
import { requireWorkspaceRole } from './access.ts';

/** Checks a personal access token against Airtable, then stores it sealed. */
export async function connectAirtable(
  ctx: AirtableContext,
  input: { workspaceId: string; name: string; token: string },
) {
  await requireWorkspaceRole(ctx, uuidOrNotFound(input.workspaceId, 'Workspace'), 'ADMIN');
  const name = input.name.trim();
  if (!name || name.length > 100)
    throw badUserInput('Give the connection a name of 1 to 100 characters.', 'name');
  const token = input.token.trim();
  if (token.length < 8)
    throw badUserInput('That does not look like an Airtable personal access token.', 'token');
  try {
    await ctx.deps.clients.forToken(token).validateToken();
  } catch (error) {
    if (error instanceof AirtableApiError && (error.status === 401 || error.status === 403)) {
      throw badUserInput(
        'Airtable did not accept this token. Check it and its scopes (data.records:read/write, schema.bases:read).',
        'token',
      );
    }
    throw error;
  }
  const connection = await ctx.deps.db.insertConnection({
    workspaceId: input.workspaceId,
    name,
    tokenSealed: ctx.deps.secrets.encrypt(token),
    tokenHint: `…${token.slice(-4)}`,
    createdById: ctx.auth.requireUser(),
  });
  ctx.log.info(
    { connectionId: connection.id, workspaceId: input.workspaceId },
    'airtable connected',
  );
  return connection;
}

/** A connection the caller administers. */
export async function requireConnection(ctx: AirtableContext, id: string) {
  const connection = await ctx.deps.db.findConnection(uuidOrNotFound(id, 'Connection'));
  if (!connection) throw notFound('Connection', id);
  await requireWorkspaceRole(ctx, connection.workspaceId, 'ADMIN');
  return connection;
}

/** Removes a connection; its bases' mirrors go with it. */
export async function removeConnection(ctx: AirtableContext, id: string): Promise<boolean> {
  const connection = await requireConnection(ctx, id);
  await ctx.deps.db.deleteConnection(connection.id);
  ctx.deps.clients.forget(connection.id);
  return true;
}

/** Starts mirroring a base reachable with a connection's token. */
export async function syncBase(
  ctx: AirtableContext,
  input: { connectionId: string; baseId: string },
) {
  const connection = await requireConnection(ctx, input.connectionId);
  if (await ctx.deps.db.findBase(input.baseId)) throw conflict('This base is already synced.');
  const client = await ctx.deps.clients.forConnection(connection.id);
  const base = (await client.listBases()).bases.find((b) => b.id === input.baseId);
  if (!base) throw badUserInput('The connection cannot reach this base.', 'baseId');
  const row = await ctx.deps.db.insertBase({
    id: base.id,
    workspaceId: connection.workspaceId,
    connectionId: connection.id,
    name: base.name,
  });
  void ctx.deps.sync.syncNow(row.id);
  return row;
}
