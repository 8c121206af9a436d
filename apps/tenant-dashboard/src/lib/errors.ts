// Every error a person sees is a sentence: the gateway's codes never reach the screen.

export interface ErrorDescription {
  /** What happened, in words. */
  summary: string;
  /** The server's own explanation, when it adds something (which field, which record). */
  detail?: string;
}

interface GraphQLErrorLike {
  message: string;
  extensions?: Record<string, unknown>;
}

const SUMMARIES: Record<string, string> = {
  UNAUTHENTICATED: 'Your session has ended. Please sign in again.',
  FORBIDDEN: 'You do not have permission to do that here.',
  NOT_FOUND: 'That could not be found. It may have been deleted, or you may not have access.',
  BAD_USER_INPUT: 'Please check what you entered.',
  CONFLICT: 'That clashes with the current state of things.',
  RATE_LIMITED: 'Too many attempts in a short time.',
  UPSTREAM_UNAVAILABLE: 'A service is not answering right now. Please try again in a moment.',
  INTERNAL_SERVER_ERROR: 'Something went wrong on our side.',
  GRAPHQL_VALIDATION_FAILED: 'The dashboard and the server disagree. Reload the page.',
  GRAPHQL_PARSE_FAILED: 'The dashboard and the server disagree. Reload the page.',
  BAD_REQUEST: 'The server could not read that request. Reload the page and try again.',
};

// Server messages that only restate the summary; showing them twice reads badly.
const GENERIC_MESSAGES = new Set([
  'You must be signed in.',
  'You do not have access to this.',
  'Too many attempts. Try again later.',
  'Unexpected error.',
]);

function graphQLErrorsOf(error: unknown): GraphQLErrorLike[] | undefined {
  if (!error || typeof error !== 'object') return undefined;
  const errors = (error as { errors?: unknown }).errors;
  if (Array.isArray(errors) && errors.every((e) => e && typeof e === 'object' && 'message' in e))
    return errors as GraphQLErrorLike[];
  return undefined;
}

/** Describes one GraphQL error (code + message) for a person. */
export function describeGraphQLError(error: GraphQLErrorLike): ErrorDescription {
  const code = typeof error.extensions?.code === 'string' ? error.extensions.code : undefined;
  let summary = (code && SUMMARIES[code]) ?? 'Something went wrong.';
  const retryAfter = error.extensions?.retryAfterSeconds;
  if (code === 'RATE_LIMITED' && typeof retryAfter === 'number') {
    const minutes = Math.ceil(retryAfter / 60);
    summary = `Too many attempts in a short time. Try again in ${
      retryAfter < 90 ? `${Math.max(1, Math.round(retryAfter))} seconds` : `${minutes} minutes`
    }.`;
  }
  const message = error.message?.trim();
  const detail =
    message && !GENERIC_MESSAGES.has(message) && message !== summary && !/^[A-Z_]+$/.test(message)
      ? message
      : undefined;
  return detail ? { summary, detail } : { summary };
}

/** Describes anything thrown by a request (GraphQL errors, HTTP failures, no network). */
export function describeError(error: unknown): ErrorDescription {
  const graphQLErrors = graphQLErrorsOf(error);
  if (graphQLErrors?.[0]) return describeGraphQLError(graphQLErrors[0]);
  if (error && typeof error === 'object') {
    const nested = (error as { error?: unknown }).error;
    if (nested && typeof nested === 'object' && 'message' in nested)
      return describeGraphQLError(nested as GraphQLErrorLike);
    const status = (error as { statusCode?: unknown }).statusCode;
    if (typeof status === 'number') {
      if (status === 502 || status === 503 || status === 504)
        return { summary: SUMMARIES.UPSTREAM_UNAVAILABLE! };
      if (status === 401) return { summary: SUMMARIES.UNAUTHENTICATED! };
      if (status === 413) return { summary: 'That request is too large for the server.' };
      return { summary: `The server answered with an error (HTTP ${status}). Please try again.` };
    }
    const name = (error as { name?: unknown }).name;
    const message = (error as { message?: unknown }).message;
    if (name === 'AbortError') return { summary: 'The request was cancelled.' };
    if (name === 'TypeError' && typeof message === 'string' && /fetch|network/i.test(message))
      return { summary: 'Cannot reach the server. Check your connection and try again.' };
    if (typeof message === 'string' && message && !/^[A-Z_]+$/.test(message))
      return { summary: 'Something went wrong.', detail: message };
  }
  return { summary: 'Something went wrong.' };
}

/** One line: the summary, then the detail. */
export function errorText(error: unknown): string {
  const { summary, detail } = describeError(error);
  return detail ? `${summary} ${detail}` : summary;
}

/** The code of the first GraphQL error, for decisions (never for display). */
export function errorCode(error: unknown): string | undefined {
  const first = graphQLErrorsOf(error)?.[0] ?? (error as { error?: GraphQLErrorLike })?.error;
  const code = first?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}
