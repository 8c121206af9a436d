import { randomUUID } from 'node:crypto';
import type { ExecuteOperation, OperationError } from '@pyairtable/graph-tools';

type GraphQLBody = { data?: Record<string, unknown> | null; errors?: OperationError[] };

/** Posts operations to the gateway as the caller whose bearer is given. */
export function createGatewayClient(graphqlUrl: string, fetchImpl: typeof fetch = fetch) {
  async function post(bearer: string, query: string, variables: Record<string, unknown>) {
    const res = await fetchImpl(graphqlUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${bearer}`,
        'x-request-id': randomUUID(),
        // Tool calls are audited under the mcp path.
        'x-pyairtable-path': 'mcp',
      },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(60_000),
    });
    if (res.status === 413) {
      const message = 'The request is larger than the API accepts: send fewer records per call.';
      return {
        status: 413,
        body: { errors: [{ message, extensions: { code: 'BAD_USER_INPUT' } }] },
      };
    }
    const text = await res.text();
    try {
      return { status: res.status, body: JSON.parse(text) as GraphQLBody };
    } catch {
      throw new Error(`the gateway answered ${res.status} without GraphQL`);
    }
  }

  return {
    /** Runs operations as the holder of `bearer`: the gateway authenticates, permissions apply. */
    executeAs:
      (bearer: string): ExecuteOperation =>
      async (document, variables) =>
        (await post(bearer, document, variables)).body,

    /** Who a bearer belongs to, or why the gateway refused it. */
    async identify(
      bearer: string,
    ): Promise<{ ok: true; userId: string } | { ok: false; message: string }> {
      const { status, body } = await post(bearer, 'query McpCaller { me { id } }', {});
      const me = body.data?.me as { id: string } | null | undefined;
      if (me?.id) return { ok: true, userId: me.id };
      const error = body.errors?.[0];
      if (status === 401 || error?.extensions?.code === 'UNAUTHENTICATED' || body.data?.me === null)
        return { ok: false, message: error?.message ?? 'Sign-in required.' };
      throw new Error(
        `the gateway could not check the bearer (${status}): ${error?.message ?? ''}`,
      );
    },
  };
}

export type GatewayClient = ReturnType<typeof createGatewayClient>;
