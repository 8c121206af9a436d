import type { NextConfig } from 'next';

// Security headers are set by the dashboard's server (server/security-headers.ts) for every
// response, and the Content-Security-Policy by src/proxy.ts for pages.
const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  devIndicators: false,
  // The filter box checks formulas with the platform's engine, shipped as TypeScript source.
  transpilePackages: ['@pyairtable/formula'],
  // `npm run typecheck` checks the app; skipping it here keeps `next build` to the bundling.
  typescript: { ignoreBuildErrors: true },
};

export default config;
