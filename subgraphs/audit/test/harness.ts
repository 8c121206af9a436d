import { randomUUID } from 'node:crypto';
import { startAirtableSubgraph, type Person } from '@pyairtable/airtable/testing';
import { createMemoryEventBus } from '@pyairtable/events';
import { createGateway, loadGatewayConfig } from '@pyairtable/gateway';
import { main as startIdentity } from '@pyairtable/identity';
import { createLogger, signAccessToken, type RunningServer } from '@pyairtable/subgraph-kit';
import { createTestDatabase, postGraphQL, TEST_JWT_SECRET, testEnv } from '@pyairtable/testing';
import pg from 'pg';
import { onTestFinished, vi } from 'vitest';
import { loadAuditConfig } from '../src/config.ts';
import { createAuditDeps } from '../src/create-audit-deps.ts';
import { createAuditSubgraph } from '../src/subgraph.ts';

export type { Person } from '@pyairtable/airtable/testing';

const CLOSED_PORT_URL = 'http://127.0.0.1:9/graphql';

/**
 * The audit trail as people reach it: the gateway (its outbox in a database of its own) over
 * identity, workspaces, the airtable subgraph (demo CRM synced) and the audit subgraph, which
 * can be stopped and started again on the same port (outages).
 */
export async function startAudit(options: { onClose?: (close: () => Promise<void>) => void } = {}) {
  const onClose = options.onClose ?? onTestFinished;
  const airtable = await startAirtableSubgraph({ onClose });
  const identity = await startIdentity({
    ...testEnv,
    PORT: '0',
    DATABASE_URL: await createTestDatabase('identity'),
  });
  onClose(() => identity.close());
  const auditDatabaseUrl = await createTestDatabase('audit');
  const config = loadAuditConfig({
    ...testEnv,
    DATABASE_URL: auditDatabaseUrl,
    WORKSPACES_URL: airtable.workspacesUrl,
    AIRTABLE_URL: airtable.url,
    AUDIT_POLL_MS: '200',
  });
  let offsetMs = 0;
  const clock = () => new Date(Date.now() + offsetMs);
  let audit: (ReturnType<typeof createAuditDeps> & { server: RunningServer }) | null = null;
  let port = 0;
  async function up() {
    const made = createAuditDeps(config, { logger: createLogger('audit', 'silent'), clock });
    const server = await createAuditSubgraph(made.deps).listen(port);
    port = Number(new URL(server.url).port);
    made.feed.start();
    audit = { ...made, server };
    await made.feed.catchUp();
  }
  async function down() {
    if (!audit) return;
    await audit.server.close();
    await audit.close();
    audit = null;
  }
  await up();
  onClose(down);
  const auditUrl = audit!.server.url;

  const events = createMemoryEventBus();
  onClose(() => events.close());
  const outboxDatabaseUrl = await createTestDatabase('audit');
  const gateway = await createGateway({
    config: loadGatewayConfig({
      ...testEnv,
      SUBGRAPH_IDENTITY_URL: identity.url,
      // People's tokens are minted here, not signed in through identity.
      SESSION_CHECK: 'off',
      SUBGRAPH_LLM_URL: CLOSED_PORT_URL,
      SUBGRAPH_NOTIFICATIONS_URL: CLOSED_PORT_URL,
      SUBGRAPH_WEBHOOKS_URL: CLOSED_PORT_URL,
      SUBGRAPH_WORKSPACES_URL: new URL('/graphql', airtable.workspacesUrl).toString(),
      SUBGRAPH_AIRTABLE_URL: airtable.url,
      SUBGRAPH_AUDIT_URL: auditUrl,
      AUDIT_OUTBOX_DATABASE_URL: outboxDatabaseUrl,
      AUDIT_OUTBOX_POLL_MS: '100',
      API_KEY_CACHE_SECONDS: '0',
    }),
    logger: createLogger('gateway', 'silent'),
    events,
  }).listen(0);
  onClose(() => gateway.close());

  const sql = new pg.Pool({ connectionString: auditDatabaseUrl, max: 2 });
  onClose(() => sql.end());
  const outboxSql = new pg.Pool({ connectionString: outboxDatabaseUrl, max: 1 });
  onClose(() => outboxSql.end());

  const bearer = async (person: Person) =>
    (
      await signAccessToken(
        TEST_JWT_SECRET,
        { userId: person.id, email: person.email, sessionId: randomUUID() },
        new Date(),
        900,
      )
    ).token;
  /** Runs an operation through the gateway as `person` (or with a raw bearer, or anonymously). */
  const gql =
    (who: Person | string | null, headers: Record<string, string> = {}) =>
    async <T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}) =>
      postGraphQL<T>(gateway.url, query, variables, {
        'user-agent': 'audit-tests/1.0',
        ...headers,
        ...(who
          ? { authorization: `Bearer ${typeof who === 'string' ? who : await bearer(who)}` }
          : {}),
      });
  /** Entries of a workspace's log through the gateway, as its owner. */
  const log = async (filter: Record<string, unknown> = {}, first = 200) => {
    const res = await gql(airtable.owner)(AUDIT_LOG, {
      w: airtable.workspaceId,
      f: filter,
      n: first,
    });
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.auditLog as {
      totalCount: number;
      edges: { node: AuditNode }[];
      pageInfo: { endCursor: string | null; hasNextPage: boolean };
    };
  };
  /** Waits until the outbox is empty, i.e. the audit subgraph took every entry. */
  const delivered = () =>
    vi.waitFor(
      async () => {
        const { rows } = await outboxSql.query<{ n: string }>(
          'SELECT count(*) AS n FROM audit_outbox',
        );
        if (Number(rows[0]!.n) !== 0) throw new Error(`${rows[0]!.n} entries still in the outbox`);
      },
      { timeout: 30_000, interval: 50 },
    );

  return {
    ...airtable,
    gatewayUrl: gateway.url,
    identityUrl: identity.url,
    auditUrl,
    gql,
    bearer,
    log,
    delivered,
    /** The audit database, as a database admin would reach it (behind the platform's back). */
    sql,
    outboxSql,
    audit: () => audit!,
    stopAudit: down,
    startAudit: up,
    /** Moves the audit subgraph's clock on (retention). */
    advance: (ms: number) => void (offsetMs += ms),
  };
}

export type AuditStack = Awaited<ReturnType<typeof startAudit>>;

export interface AuditNode {
  id: string;
  at: string;
  path: string;
  operation: string;
  outcome: string;
  errorCode: string | null;
  actor: { id: string | null; kind: string };
  target: Record<string, any>;
  requestId: string | null;
  ip: string | null;
  userAgent: string | null;
}

export const AUDIT_LOG = `query ($w: ID!, $f: AuditLogFilter, $n: Int, $a: String) {
  auditLog(workspaceId: $w, filter: $f, first: $n, after: $a) {
    totalCount
    edges { node { id at path operation outcome errorCode actor { id kind } target requestId ip userAgent } }
    pageInfo { endCursor hasNextPage }
  }
}`;

export const UPDATE_RECORDS = `mutation ($b: ID!, $t: ID!, $r: [RecordUpdateInput!]!) {
  updateRecords(baseId: $b, tableId: $t, records: $r) { status }
}`;
