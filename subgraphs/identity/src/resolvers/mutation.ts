import { createApiKey, revokeApiKey } from '../domain/api-keys.ts';
import { changePassword } from '../domain/change-password.ts';
import { logIn } from '../domain/log-in.ts';
import { logOut } from '../domain/log-out.ts';
import { refreshSession } from '../domain/refresh-session.ts';
import { requestPasswordReset, resetPassword } from '../domain/reset-password.ts';
import { signUp } from '../domain/sign-up.ts';
import { resendVerificationEmail, verifyEmail } from '../domain/verify-email.ts';
import type { IdentityContext } from '../deps.ts';

type Input<T> = { input: T };

export const Mutation = {
  signUp: (
    _: unknown,
    { input }: Input<{ email: string; password: string; name: string }>,
    ctx: IdentityContext,
  ) => signUp(ctx.deps, input),
  logIn: (
    _: unknown,
    { input }: Input<{ email: string; password: string }>,
    ctx: IdentityContext,
  ) => logIn(ctx.deps, input, ctx.caller.ip),
  refreshSession: (_: unknown, args: { refreshToken: string }, ctx: IdentityContext) =>
    refreshSession(ctx.deps, args.refreshToken),
  logOut: (_: unknown, args: { refreshToken?: string | null }, ctx: IdentityContext) =>
    logOut(ctx.deps, ctx.auth.requireUser(), args.refreshToken),
  changePassword: (
    _: unknown,
    { input }: Input<{ currentPassword: string; newPassword: string }>,
    ctx: IdentityContext,
  ) =>
    changePassword(
      ctx.deps,
      { userId: ctx.auth.requireUser(), sessionId: ctx.caller.sessionId },
      input,
    ),
  createApiKey: (
    _: unknown,
    { input }: Input<{ name: string; readOnly?: boolean | null; baseIds?: string[] | null }>,
    ctx: IdentityContext,
  ) => createApiKey(ctx.deps, ctx.auth.requireUser(), input),
  revokeApiKey: (_: unknown, args: { id: string }, ctx: IdentityContext) =>
    revokeApiKey(ctx.deps, ctx.auth.requireUser(), args.id),
  requestPasswordReset: (_: unknown, args: { email: string }, ctx: IdentityContext) =>
    requestPasswordReset(ctx.deps, args.email),
  resetPassword: (
    _: unknown,
    { input }: Input<{ token: string; newPassword: string }>,
    ctx: IdentityContext,
  ) => resetPassword(ctx.deps, input),
  verifyEmail: (_: unknown, args: { token: string }, ctx: IdentityContext) =>
    verifyEmail(ctx.deps, args.token),
  resendVerificationEmail: (_: unknown, __: unknown, ctx: IdentityContext) =>
    resendVerificationEmail(ctx.deps, ctx.auth.requireUser()),
};
