import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { Providers } from '../components/providers.tsx';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'PyAirtable admin', template: '%s · PyAirtable admin' },
  description: 'Run the platform: tenants, users, system health.',
  robots: { index: false, follow: false },
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
