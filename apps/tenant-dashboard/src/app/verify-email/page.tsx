'use client';
import { useMutation } from '@apollo/client/react';
import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { Suspense } from 'react';
import { AuthLayout } from '../../components/auth/auth-layout.tsx';
import { Button, ErrorMessage } from '../../components/ui.tsx';
import { VERIFY_EMAIL } from '../../lib/graphql/account.ts';

/** The link of a sign-up email: one click confirms the address (no sign-in needed). */
function VerifyEmail() {
  const token = useSearchParams().get('token') ?? '';
  const [verify, { data, loading, error }] = useMutation(VERIFY_EMAIL);
  const verified = data?.verifyEmail;
  if (verified)
    return (
      <AuthLayout
        title="Your address is confirmed"
        subtitle={`${verified.email} can now be used to recover your account.`}
        footer={<Link href="/">Go to PyAirtable</Link>}
      >
        <span />
      </AuthLayout>
    );
  return (
    <AuthLayout title="Confirm your email address" subtitle="One click, no sign-in needed.">
      {error ? <ErrorMessage error={error} compact /> : null}
      <Button
        variant="primary"
        busy={loading}
        disabled={!token}
        onClick={() => void verify({ variables: { token } }).catch(() => undefined)}
      >
        Confirm my address
      </Button>
    </AuthLayout>
  );
}

export default function VerifyEmailPage() {
  return (
    <Suspense fallback={null}>
      <VerifyEmail />
    </Suspense>
  );
}
