import { DateTime, JSONScalar } from '@pyairtable/subgraph-kit';
import type { NotificationKind } from '../db.ts';
import type { NotificationsContext } from '../deps.ts';
import { findNotification, listNotifications, recipientOf } from '../domain/list-notifications.ts';
import { listPreferences, updatePreference } from '../domain/preferences.ts';
import { unsubscribe } from '../domain/unsubscribe.ts';

type Ctx = NotificationsContext;

const Query = {
  notifications: (
    _: unknown,
    args: { first?: number; after?: string; unreadOnly?: boolean },
    ctx: Ctx,
  ) => listNotifications(ctx.deps, ctx.caller, args),
  notification: (_: unknown, args: { id: string }, ctx: Ctx) =>
    findNotification(ctx.deps, ctx.caller, args.id),
  unreadNotificationCount: (_: unknown, __: unknown, ctx: Ctx) =>
    ctx.deps.db.countUnread(recipientOf(ctx.caller)),
  notificationPreferences: (_: unknown, __: unknown, ctx: Ctx) =>
    listPreferences(ctx.deps, ctx.caller.userId),
};

const Mutation = {
  markNotificationsRead: (_: unknown, args: { ids?: string[] | null }, ctx: Ctx) =>
    ctx.deps.db.markRead(
      recipientOf(ctx.caller),
      args.ids ? args.ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id)) : null,
      ctx.deps.clock(),
    ),
  updateNotificationPreference: (
    _: unknown,
    args: { input: { kind: NotificationKind; inApp?: boolean; email?: boolean; digest?: boolean } },
    ctx: Ctx,
  ) => updatePreference(ctx.deps, ctx.caller.userId, args.input),
  unsubscribeNotifications: (_: unknown, args: { token: string }, ctx: Ctx) =>
    unsubscribe(ctx.deps, args.token),
};

const Notification = {
  // The gateway resolves a streamed notification by reference: only its recipient gets it.
  __resolveReference: (ref: { id: string }, ctx: Ctx) =>
    ctx.caller.userId ? findNotification(ctx.deps, ctx.caller, ref.id) : null,
};

export const resolvers = { DateTime, JSON: JSONScalar, Query, Mutation, Notification };
