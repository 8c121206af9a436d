'use client';
import { useMutation } from '@apollo/client/react';
import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { Suspense } from 'react';
import { AuthLayout } from '../../components/auth/auth-layout.tsx';
import { Button, ErrorMessage } from '../../components/ui.tsx';
import { KIND_LABELS, UNSUBSCRIBE } from '../../lib/graphql/notifications.ts';

/** An email's unsubscribe link: one click stops that kind of email, no sign-in needed. */
function Unsubscribe() {
  const token = useSearchParams().get('token') ?? '';
  const [unsubscribe, { data, loading, error }] = useMutation(UNSUBSCRIBE);
  const done = data?.unsubscribeNotifications;
  if (done)
    return (
      <AuthLayout
        title="You are unsubscribed"
        subtitle={`${done.email} no longer gets ${done.kind ? `“${KIND_LABELS[done.kind]}”` : 'notification'} emails. Change this any time on your account page.`}
        footer={<Link href="/">Go to PyAirtable</Link>}
      >
        <span />
      </AuthLayout>
    );
  return (
    <AuthLayout title="Stop these emails?" subtitle="One click, no sign-in needed.">
      {error ? <ErrorMessage error={error} compact /> : null}
      <Button
        variant="primary"
        busy={loading}
        disabled={!token}
        onClick={() => void unsubscribe({ variables: { token } }).catch(() => undefined)}
      >
        Unsubscribe
      </Button>
    </AuthLayout>
  );
}

export default function UnsubscribePage() {
  return (
    <Suspense fallback={null}>
      <Unsubscribe />
    </Suspense>
  );
}
