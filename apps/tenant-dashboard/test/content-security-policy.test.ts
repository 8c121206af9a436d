import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, newNonce } from '../src/lib/content-security-policy.ts';

const directives = (policy: string) =>
  new Map(
    policy.split('; ').map((directive) => {
      const [name, ...values] = directive.split(' ');
      return [name!, values];
    }),
  );

describe('the dashboard’s Content-Security-Policy', () => {
  it('runs scripts only with the response’s nonce, never inline ones or eval', () => {
    const policy = directives(
      contentSecurityPolicy({ nonce: 'abc123', host: '127.0.0.1:3000', dev: false }),
    );
    expect(policy.get('script-src')).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
    expect(policy.get('style-src')).toEqual(["'self'", "'nonce-abc123'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('lets the page reach its own origin, the graphql-ws connection included', () => {
    const policy = directives(
      contentSecurityPolicy({ nonce: 'n', host: 'dashboard.example.com', dev: false }),
    );
    expect(policy.get('connect-src')).toEqual([
      "'self'",
      'ws://dashboard.example.com',
      'wss://dashboard.example.com',
    ]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
  });

  it('leaves a Host header that is not a host out of the policy', () => {
    for (const host of ['evil.example; script-src *', 'a b', '', null]) {
      const policy = directives(contentSecurityPolicy({ nonce: 'n', host, dev: false }));
      expect(policy.get('connect-src')).toEqual(["'self'"]);
      expect(policy.get('script-src')).toEqual(["'self'", "'nonce-n'", "'strict-dynamic'"]);
    }
    const ipv6 = directives(contentSecurityPolicy({ nonce: 'n', host: '[::1]:3000', dev: false }));
    expect(ipv6.get('connect-src')).toContain('ws://[::1]:3000');
  });

  it('allows what next dev needs only in development', () => {
    const policy = directives(contentSecurityPolicy({ nonce: 'n', host: null, dev: true }));
    expect(policy.get('script-src')).toContain("'unsafe-eval'");
    expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it('makes a new, unguessable nonce for every response', () => {
    const nonces = new Set(Array.from({ length: 50 }, newNonce));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(Buffer.from(nonce, 'base64')).toHaveLength(16);
  });
});
