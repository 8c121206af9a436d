import { notFound, uuidOrNotFound, type WorkspaceRole } from '@pyairtable/subgraph-kit';
import type { LlmContext } from '../deps.ts';

/** The caller's role in a workspace, when at least `minimum`; FORBIDDEN otherwise. */
export function requireWorkspaceRole(ctx: LlmContext, workspaceId: string, minimum: WorkspaceRole) {
  return ctx.deps.memberships.requireRole(
    ctx.auth.requireUser(),
    uuidOrNotFound(workspaceId, 'Workspace'),
    minimum,
  );
}

/**
 * A conversation of the caller in a workspace they still belong to; null for anyone else's (so
 * a stranger cannot tell it exists).
 */
export async function findOwnConversation(ctx: LlmContext, id: string) {
  const userId = ctx.auth.requireUser();
  const conversation = await ctx.deps.db.findConversation(uuidOrNotFound(id, 'Conversation'));
  if (!conversation || conversation.userId !== userId) return null;
  const role = await ctx.deps.memberships.roleOf(userId, conversation.workspaceId, ctx.requestId);
  return role ? conversation : null;
}

/** Like findOwnConversation, NOT_FOUND instead of null. */
export async function requireOwnConversation(ctx: LlmContext, id: string) {
  const conversation = await findOwnConversation(ctx, id);
  if (!conversation) throw notFound('Conversation', id);
  return conversation;
}

/** A message of one of the caller's conversations, or null. */
export async function findOwnMessage(ctx: LlmContext, id: string) {
  const userId = ctx.auth.requireUser();
  const message = await ctx.deps.db.findMessage(uuidOrNotFound(id, 'Message'));
  if (!message || message.conversation.userId !== userId) return null;
  const role = await ctx.deps.memberships.roleOf(
    userId,
    message.conversation.workspaceId,
    ctx.requestId,
  );
  return role ? message : null;
}
