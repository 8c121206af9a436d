import { DateTime, isClientError, JSONScalar } from '@pyairtable/subgraph-kit';
import type { File, ImportJob } from '../db.ts';
import type { FilesContext } from '../deps.ts';
import { requireFile, requireWorkspaceRole } from '../domain/access.ts';
import { attachFile, type AttachFileInput } from '../domain/attach-file.ts';
import { createUpload, type CreateUploadInput } from '../domain/create-upload.ts';
import { deleteFile } from '../domain/delete-file.ts';
import { listFiles } from '../domain/list-files.ts';
import { cancelImport, requireImport } from '../domain/import-access.ts';
import { previewImport } from '../domain/preview-import.ts';
import { startImport, type StartImportInput } from '../domain/start-import.ts';
import { uploadAttachment, type UploadAttachmentInput } from '../domain/upload-attachment.ts';
import { signLink, type LinkKind } from '../domain/signed-links.ts';

const link = (ctx: FilesContext, kind: LinkKind, id: string) => {
  const { deps } = ctx;
  const expires = Math.floor(deps.clock().getTime() / 1000) + deps.config.FILES_URL_TTL_SECONDS;
  return signLink(deps.publicUrl(), deps.config.GATEWAY_SIGNING_SECRET, kind, id, expires);
};

export const resolvers = {
  DateTime,
  JSON: JSONScalar,
  Query: {
    file: (_: unknown, args: { id: string }, ctx: FilesContext) =>
      requireFile(ctx.deps, ctx.actor, args.id),
    files: (
      _: unknown,
      args: { workspaceId: string; first?: number; after?: string },
      ctx: FilesContext,
    ) => listFiles(ctx.deps, ctx.actor, args),
    importPreview: (_: unknown, args: { fileId: string; headerLine?: number }, ctx: FilesContext) =>
      previewImport(ctx.deps, ctx.actor, args),
    importJob: (_: unknown, args: { id: string }, ctx: FilesContext) =>
      requireImport(ctx.deps, ctx.actor, args.id),
    importJobs: async (
      _: unknown,
      args: { workspaceId: string; first?: number },
      ctx: FilesContext,
    ) => {
      await requireWorkspaceRole(ctx.deps, ctx.actor, args.workspaceId, 'VIEWER');
      return ctx.deps.db.listImports(
        args.workspaceId.toLowerCase(),
        Math.min(Math.max(args.first ?? 20, 1), 100),
      );
    },
    fileStorage: async (_: unknown, args: { workspaceId: string }, ctx: FilesContext) => {
      await requireWorkspaceRole(ctx.deps, ctx.actor, args.workspaceId, 'VIEWER');
      return {
        usedBytes: await ctx.deps.db.usedBytes(args.workspaceId.toLowerCase()),
        quotaBytes: ctx.deps.config.FILES_WORKSPACE_QUOTA_BYTES,
        maxFileBytes: ctx.deps.config.FILES_MAX_FILE_BYTES,
      };
    },
  },
  Mutation: {
    createUpload: (_: unknown, { input }: { input: CreateUploadInput }, ctx: FilesContext) =>
      createUpload(ctx.deps, ctx.actor, input),
    attachFile: (_: unknown, { input }: { input: AttachFileInput }, ctx: FilesContext) =>
      attachFile(ctx.deps, ctx.actor, input),
    startImport: (_: unknown, { input }: { input: StartImportInput }, ctx: FilesContext) =>
      startImport(ctx.deps, ctx.actor, input),
    cancelImport: (_: unknown, args: { id: string }, ctx: FilesContext) =>
      cancelImport(ctx.deps, ctx.actor, args.id),
    uploadAttachment: (
      _: unknown,
      { input }: { input: UploadAttachmentInput },
      ctx: FilesContext,
    ) => uploadAttachment(ctx.deps, ctx.actor, input),
    deleteFile: (_: unknown, args: { id: string }, ctx: FilesContext) =>
      deleteFile(ctx.deps, ctx.actor, args.id),
  },
  ImportJob: {
    __resolveReference: (ref: { id: string }, ctx: FilesContext) =>
      requireImport(ctx.deps, ctx.actor, ref.id).catch((error: unknown) => {
        if (isClientError(error)) return null;
        throw error;
      }),
    etaSeconds: (job: ImportJob, _: unknown, ctx: FilesContext) => {
      if (job.status !== 'RUNNING' || !job.startedAt || job.rowsDone === 0) return null;
      const elapsed = (ctx.deps.clock().getTime() - job.startedAt.getTime()) / 1000;
      return Math.round((elapsed / job.rowsDone) * Math.max(0, job.totalRows - job.rowsDone));
    },
    rejections: (job: ImportJob, args: { first?: number; afterLine?: number }, ctx: FilesContext) =>
      ctx.deps.db.listRejections(
        job.id,
        args.afterLine ?? 0,
        Math.min(Math.max(args.first ?? 100, 1), 1000),
      ),
  },
  File: {
    // Members of its workspace only; others get null, as references expect.
    __resolveReference: (ref: { id: string }, ctx: FilesContext) =>
      requireFile(ctx.deps, ctx.actor, ref.id).catch((error: unknown) => {
        if (isClientError(error)) return null;
        throw error;
      }),
    size: (f: File) => Number(f.size),
    downloadUrl: (f: File, _: unknown, ctx: FilesContext) =>
      f.status === 'READY' ? link(ctx, 'download', f.id) : null,
    thumbnailUrl: (f: File, _: unknown, ctx: FilesContext) =>
      f.status === 'READY' && f.hasThumbnail ? link(ctx, 'thumbnail', f.id) : null,
  },
};
