import { randomUUID } from 'node:crypto';
import { startAirtableSubgraph, type Person } from '@pyairtable/airtable/testing';
import { createGateway, loadGatewayConfig } from '@pyairtable/gateway';
import { createLogger, signAccessToken } from '@pyairtable/subgraph-kit';
import { createTestDatabase, postGraphQL, TEST_JWT_SECRET, testEnv } from '@pyairtable/testing';
import { onTestFinished } from 'vitest';
import { loadPermissionsConfig } from '../src/config.ts';
import { createPermissionsDeps } from '../src/create-permissions-deps.ts';
import { createPermissionsSubgraph } from '../src/subgraph.ts';

// Nothing listens here: these tests need no identity or assistant.
const CLOSED_PORT_URL = 'http://127.0.0.1:9/graphql';

/**
 * The permissions subgraph (createPermissionsSubgraph on a free port) deciding for the
 * airtable subgraph (the demo CRM synced), behind a gateway: admins manage access through
 * the graph, members read through it.
 */
export async function startPermissions(
  options: { onClose?: (close: () => Promise<void>) => void } = {},
) {
  const onClose = options.onClose ?? onTestFinished;
  let gatewayUrl = '';
  let permissionsUrl = '';
  const airtable = await startAirtableSubgraph({
    onClose,
    permissions: async (workspacesUrl) => {
      const config = loadPermissionsConfig({
        ...testEnv,
        DATABASE_URL: await createTestDatabase('permissions'),
        WORKSPACES_URL: workspacesUrl,
      });
      const { deps, close } = await createPermissionsDeps(config, {
        gatewayUrl: () => gatewayUrl,
        logger: createLogger('permissions', 'silent'),
      });
      const server = await createPermissionsSubgraph(deps).listen(0);
      onClose(async () => {
        await server.close();
        await close();
      });
      permissionsUrl = server.url;
      return server.url;
    },
  });
  const gateway = await createGateway({
    config: loadGatewayConfig({
      ...testEnv,
      SUBGRAPH_IDENTITY_URL: CLOSED_PORT_URL,
      // People's tokens are minted here, not signed in through identity.
      SESSION_CHECK: 'off',
      SUBGRAPH_LLM_URL: CLOSED_PORT_URL,
      SUBGRAPH_WORKSPACES_URL: new URL('/graphql', airtable.workspacesUrl).toString(),
      SUBGRAPH_AIRTABLE_URL: airtable.url,
      SUBGRAPH_PERMISSIONS_URL: permissionsUrl,
    }),
    logger: createLogger('gateway', 'silent'),
  }).listen(0);
  onClose(() => gateway.close());
  gatewayUrl = gateway.url;

  /** An access token for `person`, as identity would issue one. */
  const bearer = async (person: Person) =>
    (
      await signAccessToken(
        TEST_JWT_SECRET,
        { userId: person.id, email: person.email, sessionId: randomUUID() },
        new Date(),
        900,
      )
    ).token;
  /** Runs an operation through the gateway as `person`. */
  const graph =
    (person: Person) =>
    async <T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}) =>
      postGraphQL<T>(gateway.url, query, variables, {
        authorization: `Bearer ${await bearer(person)}`,
      });
  return { ...airtable, gatewayUrl: gateway.url, permissionsUrl, graph, bearer };
}

export type PermissionsStack = Awaited<ReturnType<typeof startPermissions>>;
