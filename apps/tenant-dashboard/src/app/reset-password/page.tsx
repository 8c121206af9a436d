'use client';
import { useMutation } from '@apollo/client/react';
import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { Suspense, useState, type FormEvent } from 'react';
import { AuthLayout } from '../../components/auth/auth-layout.tsx';
import { Button, ErrorMessage, TextField } from '../../components/ui.tsx';
import { RESET_PASSWORD } from '../../lib/graphql/account.ts';

/** The link of a reset email: choose a new password (which signs out every session). */
function ResetPassword() {
  const token = useSearchParams().get('token') ?? '';
  const [password, setPassword] = useState('');
  const [reset, { data, loading, error }] = useMutation(RESET_PASSWORD);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void reset({ variables: { token, newPassword: password } }).catch(() => undefined);
  };
  if (data?.resetPassword)
    return (
      <AuthLayout
        title="Your password is changed"
        subtitle="Every session of your account was signed out. Sign in with the new password."
        footer={<Link href="/login">Sign in</Link>}
      >
        <span />
      </AuthLayout>
    );
  return (
    <AuthLayout
      title="Choose a new password"
      subtitle="At least 8 characters. Every session of your account will be signed out."
      footer={<Link href="/forgot-password">Ask for a new link</Link>}
    >
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          label="New password"
          type="password"
          name="new-password"
          autoComplete="new-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          autoFocus
        />
        {!token ? (
          <div className="error-box compact" role="alert">
            This page needs the link from your email.
          </div>
        ) : null}
        {error ? <ErrorMessage error={error} compact /> : null}
        <Button
          type="submit"
          variant="primary"
          busy={loading}
          disabled={!token || password.length < 8}
        >
          Set the new password
        </Button>
      </form>
    </AuthLayout>
  );
}

export default function ResetPasswordPage() {
  return (
    <Suspense fallback={null}>
      <ResetPassword />
    </Suspense>
  );
}
