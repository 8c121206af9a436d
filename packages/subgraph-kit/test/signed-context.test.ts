import { describe, expect, it } from 'vitest';
import {
  createNonceCache,
  serviceCaller,
  signRequest,
  verifyRequest,
  type SignedTarget,
} from '../src/signed-context.ts';

const SECRET = 'a-signing-secret-of-at-least-32-characters';
const target: SignedTarget = {
  audience: 'workspaces',
  method: 'POST',
  path: '/internal/memberships/role',
  body: '{"userId":"u1","workspaceId":"w1"}',
};

describe('signed requests', () => {
  it('verify once, for the request they were made for', () => {
    const nonces = createNonceCache();
    const header = signRequest(serviceCaller('r1'), target, SECRET);
    expect(verifyRequest(header, target, SECRET, nonces)?.requestId).toBe('r1');
    expect(verifyRequest(header, target, SECRET, nonces)).toBeNull();
  });

  it.each([
    ['another service', { audience: 'identity' }],
    ['another method', { method: 'GET' }],
    ['another path', { path: '/internal/memberships/role?x=1' }],
    ['another body', { body: '{"userId":"u2","workspaceId":"w1"}' }],
    ['no body', { body: undefined }],
  ])('refuse %s', (_name, change) => {
    const header = signRequest(serviceCaller('r1'), target, SECRET);
    expect(verifyRequest(header, { ...target, ...change }, SECRET, createNonceCache())).toBeNull();
  });

  it('refuse another secret, an old or future time, and tampered claims', () => {
    const nonces = createNonceCache();
    const now = Date.now();
    expect(
      verifyRequest(
        signRequest(serviceCaller('r'), target, 'x'.repeat(32)),
        target,
        SECRET,
        nonces,
      ),
    ).toBeNull();
    const old = signRequest({ ...serviceCaller('r'), issuedAt: now - 31_000 }, target, SECRET);
    expect(verifyRequest(old, target, SECRET, nonces, now)).toBeNull();
    const future = signRequest({ ...serviceCaller('r'), issuedAt: now + 31_000 }, target, SECRET);
    expect(verifyRequest(future, target, SECRET, nonces, now)).toBeNull();
    const [version, payload, mac] = signRequest(serviceCaller('r'), target, SECRET).split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    claims.caller.userId = 'someone-else';
    const tampered = Buffer.from(JSON.stringify(claims)).toString('base64url');
    expect(verifyRequest(`${version}.${tampered}.${mac}`, target, SECRET, nonces)).toBeNull();
    expect(verifyRequest(`v1.${payload}.${mac}`, target, SECRET, nonces)).toBeNull();
  });

  it('forget nonces once their signatures have expired, and stay bounded', () => {
    const nonces = createNonceCache(3);
    const now = Date.now();
    expect(nonces.claim('a', now)).toBe(true);
    expect(nonces.claim('a', now + 1_000)).toBe(false);
    expect(nonces.claim('a', now + 61_000)).toBe(true);
    for (const n of ['b', 'c', 'd', 'e']) expect(nonces.claim(n, now + 62_000)).toBe(true);
  });
});
