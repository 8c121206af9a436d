import type { Metadata, Viewport } from 'next';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import { Providers } from '../components/providers.tsx';
import './globals.css';
import './grid-editing.css';
import './screens.css';
import './states.css';

export const metadata: Metadata = {
  title: { default: 'PyAirtable', template: '%s · PyAirtable' },
  description: 'Your team’s Airtable bases, live: browse, edit, ask the assistant.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Rendered per request, never prerendered: each page's scripts carry that response's nonce.
  await connection();
  return (
    <html lang="en">
      <body>
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
