// Runs before Next.js renders a page: a fresh nonce and its Content-Security-Policy for every
// page response. Next.js reads the nonce from the request's policy header and puts it on the
// scripts it writes (the root layout renders every page per request, so each gets its own).
import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy, newNonce } from './lib/content-security-policy.ts';

export function proxy(request: NextRequest) {
  const nonce = newNonce();
  const policy = contentSecurityPolicy({
    nonce,
    host: request.headers.get('host'),
    // Inlined by Next.js when it compiles this file: `next dev` or a production build.
    dev: process.env.NODE_ENV === 'development',
  });
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('content-security-policy', policy);
  return response;
}

export const config = {
  matcher: [
    {
      // Pages only: the server answers /api and /graphql before Next.js; built assets carry
      // no markup.
      source: '/((?!api/|graphql|_next/static|_next/image|favicon.ico|icon.svg).*)',
      // A prefetch's answer is never a document, and its nonce would never be used.
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
