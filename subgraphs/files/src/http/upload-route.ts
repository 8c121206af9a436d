import type { IncomingMessage } from 'node:http';
import {
  CONTEXT_HEADER,
  actorOf,
  createNonceCache,
  isClientError,
  streamedBodyClaim,
  verifyRequest,
  type Caller,
} from '@pyairtable/subgraph-kit';
import { Server } from '@tus/server';
import type { Express, RequestHandler } from 'express';
import { GraphQLError } from 'graphql';
import type { FilesDeps } from '../deps.ts';
import { createFileRecord } from '../domain/create-upload.ts';
import { finishUpload } from '../domain/finish-upload.ts';

export const UPLOADS_PATH = '/files/uploads';

// srvx's request, as tus hands it to hooks: the Node request it wraps is under runtime.node.
type TusRequest = { runtime?: unknown };

/** A tus error answer: status and a one-line body. */
const fail = (status_code: number, body: string) => ({ status_code, body: `${body}\n` });

const STATUS_OF: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 413,
};

/** A domain error as tus's thrown `{ status_code, body }`. */
function asTusError(error: unknown) {
  if (isClientError(error) && error instanceof GraphQLError)
    return fail(STATUS_OF[String(error.extensions.code)] ?? 400, error.message);
  return error;
}

/**
 * The tus endpoint (`/files/uploads`), reached through the gateway, which authenticates and
 * signs the caller. POST creates an upload (metadata workspaceId, filename, contentType),
 * checking the quota before a byte is stored; HEAD and PATCH resume and fill it, for its
 * uploader only. The last PATCH answers 415 when the bytes are of a type not accepted.
 */
export function addUploadRoute(app: Express, deps: FilesDeps) {
  // Verified once per request (a signature is good once), before tus reads the body.
  const callers = new WeakMap<IncomingMessage, Caller>();
  const nonces = createNonceCache();
  const actorFor = (req: TusRequest) => {
    const node = (req.runtime as { node?: { req?: IncomingMessage } } | undefined)?.node?.req;
    const caller = node && callers.get(node);
    if (!caller?.userId) throw fail(401, 'Authentication required.');
    return actorOf(caller, caller.requestId, deps.logger.child({ requestId: caller.requestId }));
  };
  const tus = new Server({
    path: UPLOADS_PATH,
    datastore: deps.storage.datastore,
    maxSize: deps.config.FILES_MAX_FILE_BYTES,
    generateUrl: (_req, { id }) => new URL(`${UPLOADS_PATH}/${id}`, deps.publicUrl()).toString(),
    namingFunction: async (req, metadata) => {
      const size = Number(req.headers.get('upload-length'));
      if (!req.headers.get('upload-length')) throw fail(400, 'Upload-Length is required.');
      const file = await createFileRecord(deps, actorFor(req), {
        workspaceId: metadata?.workspaceId ?? '',
        filename: metadata?.filename ?? '',
        size,
        contentType: metadata?.contentType ?? metadata?.filetype ?? 'application/octet-stream',
      }).catch((error: unknown) => {
        throw asTusError(error);
      });
      return file.id;
    },
    onIncomingRequest: async (req, id) => {
      const actor = actorFor(req);
      const file = await deps.db.findFile(id).catch(() => null);
      if (!file || file.createdById !== actor.userId) throw fail(404, 'Upload not found.');
      if (req.method === 'PATCH' && file.status !== 'UPLOADING')
        throw fail(409, 'This upload is complete.');
    },
    onUploadFinish: async (_req, upload) => {
      const file = await deps.db.findFile(upload.id);
      if (!file) throw fail(404, 'Upload not found.');
      const result = await finishUpload(deps, file);
      if (!result.ok) throw fail(415, result.reason);
      return { headers: { 'x-file-id': file.id } };
    },
  });
  // Downloads go through signed links, never the tus GET.
  // (Express routes HEAD to GET handlers; HEAD is tus's offset query.)
  app.get(`${UPLOADS_PATH}/*path`, (req, res, next) =>
    req.method === 'GET' ? void res.status(405).end() : next(),
  );
  // Not requireGateway, which reads the whole body to check it: the signature covers the
  // upload's length and offset (streamedBodyClaim), and the bytes stream into storage.
  const handle: RequestHandler = (req, res) => {
    const caller = verifyRequest(
      req.header(CONTEXT_HEADER),
      {
        audience: 'files',
        method: req.method,
        path: req.originalUrl,
        body: streamedBodyClaim(req.headers),
      },
      deps.config.GATEWAY_SIGNING_SECRET,
      nonces,
    );
    if (!caller) {
      deps.logger.warn({ path: req.path }, 'refused unsigned upload request');
      return void res
        .status(401)
        .type('text/plain')
        .send('Requests must come through the gateway.\n');
    }
    callers.set(req, caller);
    void tus.handle(req, res);
  };
  app.all(UPLOADS_PATH, handle);
  app.all(`${UPLOADS_PATH}/*path`, handle);
}
