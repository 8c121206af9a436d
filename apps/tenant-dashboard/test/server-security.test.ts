// The dashboard's own routes over HTTP, in front of a stand-in gateway: the session cookie's
// flags and the headers every response carries.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createDashboardRoutes } from '../server/dashboard-routes.ts';

async function listen(server: http.Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** A gateway that signs anyone in. */
async function startGateway(): Promise<string> {
  const server = http.createServer((req, res) => {
    req.resume().on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          data: {
            result: {
              accessToken: 'access',
              accessTokenExpiresAt: new Date(Date.now() + 900_000).toISOString(),
              refreshToken: 'refresh',
              user: { id: 'usr1', email: 'demo@example.com', name: 'Demo' },
            },
          },
        }),
      );
    });
  });
  return `${await listen(server)}/graphql`;
}

async function startDashboard(secureCookies: boolean): Promise<string> {
  const routes = createDashboardRoutes({
    gatewayUrl: await startGateway(),
    log: pino({ level: 'silent' }),
    secureCookies,
  });
  onTestFinished(() => routes.close());
  return listen(
    http.createServer((req, res) => {
      if (!routes.request(req, res)) res.writeHead(404).end();
    }),
  );
}

const logIn = (url: string) =>
  fetch(`${url}/api/session/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'demo@example.com', password: 'demo-password' }),
  });

describe('the dashboard’s server', () => {
  it('marks the session cookie Secure when its public URL is https, even behind a plain-HTTP proxy', async () => {
    const url = await startDashboard(true);
    const res = await logIn(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toMatch(
      /^pyat_session=refresh; Path=\/api\/session; HttpOnly; SameSite=Strict; Max-Age=\d+; Secure$/,
    );
  });

  it('leaves Secure off for a dashboard served over plain HTTP (local development)', async () => {
    const url = await startDashboard(false);
    const cookie = (await logIn(url)).headers.get('set-cookie');
    expect(cookie).toMatch(/^pyat_session=refresh;/);
    expect(cookie).not.toContain('Secure');
  });

  it('sends nosniff, a same-origin referrer policy and no framing on every answer', async () => {
    const url = await startDashboard(false);
    const answers = [
      await logIn(url),
      await fetch(`${url}/api/demo-account`),
      await fetch(`${url}/favicon.ico`, { redirect: 'manual' }),
      await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ me { id } }' }),
      }),
    ];
    for (const res of answers) {
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('same-origin');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
    }
  });
});
