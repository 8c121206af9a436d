import { describe, expect, it } from 'vitest';
import { nextPath } from '../src/lib/next-path.ts';

describe('where signing in leads (?next=)', () => {
  it('keeps a path on this site, with its query and fragment', () => {
    expect(nextPath('/w/ws_1/b/app1/t/tbl1?record=rec1&field=Name')).toBe(
      '/w/ws_1/b/app1/t/tbl1?record=rec1&field=Name',
    );
    expect(nextPath('/invite/abc%2Fdef')).toBe('/invite/abc%2Fdef');
    expect(nextPath('/w/ws_1#members')).toBe('/w/ws_1#members');
  });

  it('goes home when there is no next', () => {
    expect(nextPath(null)).toBe('/');
    expect(nextPath(undefined)).toBe('/');
    expect(nextPath('')).toBe('/');
  });

  it.each([
    ['a protocol-relative URL', '//evil.example'],
    ['a backslash the browser reads as a slash', '/\\evil.example'],
    ['a backslash behind a tab the browser drops', '/\\\tevil.example'],
    ['a tab between the slashes', '/\t/evil.example'],
    ['a newline between the slashes', '/\n/evil.example'],
    ['two backslashes', '/\\\\evil.example/path'],
    ['a dot segment that leaves two slashes', '/.//evil.example'],
    ['a parent segment that leaves two slashes', '/a/..//evil.example'],
    ['an absolute URL', 'https://evil.example/w/ws_1'],
    ['a scheme-relative absolute URL with backslashes', '\\\\evil.example'],
    ['a javascript: URL', 'javascript:alert(document.cookie)'],
    ['a javascript: URL in capitals', 'JavaScript:alert(1)'],
    ['a data: URL', 'data:text/html,<script>alert(1)</script>'],
    ['a relative path', 'w/ws_1'],
    ['credentials before another host', '//user@evil.example'],
  ])('refuses %s', (_, value) => {
    expect(nextPath(value)).toBe('/');
  });

  it('keeps encoded slashes, backslashes and tabs as characters of a path here', () => {
    // Percent-encoded, they are part of one path segment, not a way to another host.
    expect(nextPath('/%2F%2Fevil.example')).toBe('/%2F%2Fevil.example');
    expect(nextPath('/%5Cevil.example')).toBe('/%5Cevil.example');
    expect(nextPath('/%09/evil.example')).toBe('/%09/evil.example');
    for (const value of ['/%2F%2Fevil.example', '/%5Cevil.example', '/%09/evil.example'])
      expect(new URL(nextPath(value), 'https://dashboard.example').host).toBe('dashboard.example');
  });

  it('refuses what ?next= decodes to from an encoded hostile value', () => {
    // The page reads ?next= through URLSearchParams, which decodes once.
    for (const encoded of ['%2F%5Cevil.example', '%2F%5C%09evil.example', '%2F%2Fevil.example'])
      expect(nextPath(new URLSearchParams(`next=${encoded}`).get('next'))).toBe('/');
  });
});
