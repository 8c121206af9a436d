import { generateKeyPairSync } from 'node:crypto';
import {
  createPlatformDatabases,
  createTestDatabase,
  postGraphQL,
  testEnv,
} from '@pyairtable/testing';
import { describe, expect, it } from 'vitest';
import { startPlatform } from '../src/start-platform.ts';

describe('the embedded launcher', () => {
  it('migrates, starts every service, seeds the demo once, and serves the demo login', async () => {
    const env = {
      ...testEnv,
      ...(await createPlatformDatabases()),
      EVENTS_DATABASE_URL: await createTestDatabase('airtable'),
      POSTGRES_URL: 'postgres://unused@127.0.0.1:1/postgres',
      SEED_DEMO: 'true',
    };
    const steps: string[] = [];
    const first = await startPlatform({
      env,
      ephemeralPorts: true,
      onProgress: (step) => steps.push(step),
    });
    try {
      expect(first.seeded).toEqual({
        created: ['user', 'workspace', 'airtable connection', 'administrator'],
      });
      expect(first.demoAdmin).toEqual({ email: 'admin@example.com', password: 'admin-password' });
      expect(new Set(steps)).toEqual(
        new Set([
          'PostgreSQL',
          'Migrations',
          'Airtable-local',
          'Mailbox',
          'Subgraphs',
          'Gateway',
          'MCP server',
          'Demo data',
        ]),
      );
      expect((await fetch(new URL('/readyz', first.mcpUrl))).status).toBe(200);
      const ready = await fetch(new URL('/readyz', first.gatewayUrl));
      expect(await ready.json()).toEqual({
        status: 'ready',
        subgraphs: Object.fromEntries(Object.keys(first.subgraphUrls).map((n) => [n, 'ready'])),
      });
      expect(Object.keys(first.subgraphUrls).sort()).toEqual([
        'airtable',
        'audit',
        'files',
        'identity',
        'llm',
        'notifications',
        'permissions',
        'webhooks',
        'workflows',
        'workspaces',
      ]);
      const bases = await fetch(`${first.airtableLocal.url}/v0/meta/bases`, {
        headers: { authorization: 'Bearer patLocalDemoToken' },
      });
      expect(await bases.json()).toEqual({
        bases: [
          { id: first.airtableLocal.demoBaseId, name: 'Demo CRM', permissionLevel: 'create' },
        ],
      });
      const login = await postGraphQL<any>(
        first.gatewayUrl,
        `mutation { logIn(input: { email: "demo@example.com", password: "demo-password" }) { accessToken } }`,
      );
      const me = await postGraphQL<any>(
        first.gatewayUrl,
        `query { me { workspaces { name role } } }`,
        {},
        { authorization: `Bearer ${login.data.logIn.accessToken}` },
      );
      expect(me.data.me.workspaces).toEqual([{ name: 'Demo', role: 'OWNER' }]);
      const synced = await postGraphQL<any>(
        first.gatewayUrl,
        `query { me { workspaces { bases { id name } } } }`,
        {},
        { authorization: `Bearer ${login.data.logIn.accessToken}` },
      );
      expect(synced.data.me.workspaces[0].bases).toEqual([
        { id: first.airtableLocal.demoBaseId, name: 'Demo CRM' },
      ]);

      // Email works on a fresh clone: an invitation lands in the local mailbox's page.
      const demo = await postGraphQL<any>(
        first.gatewayUrl,
        `query { me { workspaces { id } } }`,
        {},
        { authorization: `Bearer ${login.data.logIn.accessToken}` },
      );
      const invited = await postGraphQL<any>(
        first.gatewayUrl,
        `mutation ($i: InviteMemberInput!) { inviteMember(input: $i) { emailSent } }`,
        {
          i: {
            workspaceId: demo.data.me.workspaces[0].id,
            email: 'new.colleague@example.com',
            role: 'EDITOR',
          },
        },
        { authorization: `Bearer ${login.data.logIn.accessToken}` },
      );
      expect(invited.data.inviteMember.emailSent).toBe(true);
      const mailbox = (await (
        await fetch(new URL('/messages.json', first.mailboxUrl!))
      ).json()) as any[];
      expect(mailbox[0]).toMatchObject({
        to: ['new.colleague@example.com'],
        subject: 'demo@example.com invited you to Demo',
      });
    } finally {
      await first.stop();
    }
    const again = await startPlatform({ env, ephemeralPorts: true });
    try {
      expect(again.seeded).toEqual({ created: [] });
      expect(again.airtableLocal.demoBaseId).toBe(first.airtableLocal.demoBaseId);
    } finally {
      await again.stop();
    }
  });

  it('seeds the demo account onto an external server only when asked', async () => {
    const platform = await startPlatform({
      env: {
        ...testEnv,
        ...(await createPlatformDatabases()),
        EVENTS_DATABASE_URL: await createTestDatabase('airtable'),
        POSTGRES_URL: 'postgres://unused@127.0.0.1:1/postgres',
      },
      ephemeralPorts: true,
    });
    try {
      expect(platform.seeded).toBeNull();
    } finally {
      await platform.stop();
    }
  });

  it('never seeds the demo account in production', async () => {
    const env = {
      ...testEnv,
      NODE_ENV: 'production',
      GATEWAY_SIGNING_SECRET: 'a-production-signing-secret-of-enough-length',
      JWT_SECRET: 'a-production-jwt-secret-of-enough-length-xyz',
      SECRETS_ENCRYPTION_KEY: 'a-production-encryption-key-of-enough-length',
      // Production signs audit checkpoints with its own key.
      AUDIT_SIGNING_KEY: generateKeyPairSync('ed25519')
        .privateKey.export({ type: 'pkcs8', format: 'pem' })
        .toString(),
      ...(await createPlatformDatabases()),
      EVENTS_DATABASE_URL: await createTestDatabase('airtable'),
      POSTGRES_URL: 'postgres://unused@127.0.0.1:1/postgres',
      SEED_DEMO: 'true',
    };
    const platform = await startPlatform({ env, ephemeralPorts: true });
    try {
      expect(platform.seeded).toBeNull();
      expect(platform.airtableLocal.demoBaseId).toBeNull();
      const login = await postGraphQL<any>(
        platform.gatewayUrl,
        `mutation { logIn(input: { email: "demo@example.com", password: "demo-password" }) { accessToken } }`,
      );
      expect(login.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(platform.demoAdmin).toBeNull();
      // No demo administrator either, nor a role for whoever signs up with its address.
      const signUp = await postGraphQL<any>(
        platform.gatewayUrl,
        `mutation { signUp(input: { email: "admin@example.com", password: "admin-password", name: "A" }) { accessToken } }`,
      );
      const admin = await postGraphQL<any>(
        platform.gatewayUrl,
        `{ me { email platformRole } }`,
        {},
        { authorization: `Bearer ${signUp.data.signUp.accessToken}` },
      );
      expect(admin.data?.me).toEqual({ email: 'admin@example.com', platformRole: null });
    } finally {
      await platform.stop();
    }
  });

  it('refuses development secrets in production', async () => {
    await expect(
      startPlatform({
        env: {
          NODE_ENV: 'production',
          LOG_LEVEL: 'silent',
          POSTGRES_URL: 'postgres://x@127.0.0.1:1/postgres',
          IDENTITY_DATABASE_URL: 'postgres://x@127.0.0.1:1/a',
          WORKSPACES_DATABASE_URL: 'postgres://x@127.0.0.1:1/b',
        },
        ephemeralPorts: true,
      }),
    ).rejects.toThrow(/GATEWAY_SIGNING_SECRET: must be set in production/);
  });

  it('refuses one secret for two purposes in production', async () => {
    const shared = 'one-secret-of-enough-length-for-everything';
    await expect(
      startPlatform({
        env: {
          NODE_ENV: 'production',
          LOG_LEVEL: 'silent',
          POSTGRES_URL: 'postgres://x@127.0.0.1:1/postgres',
          GATEWAY_SIGNING_SECRET: shared,
          JWT_SECRET: shared,
          SECRETS_ENCRYPTION_KEY: 'a-production-encryption-key-of-enough-length',
        },
        ephemeralPorts: true,
      }),
    ).rejects.toThrow(/JWT_SECRET: must differ from GATEWAY_SIGNING_SECRET/);
  });
});
