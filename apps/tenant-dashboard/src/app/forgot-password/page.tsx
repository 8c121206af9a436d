'use client';
import { useMutation } from '@apollo/client/react';
import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { Suspense, useState, type FormEvent } from 'react';
import { AuthLayout } from '../../components/auth/auth-layout.tsx';
import { Button, ErrorMessage, TextField } from '../../components/ui.tsx';
import { REQUEST_PASSWORD_RESET } from '../../lib/graphql/account.ts';

/** Asks for a reset link by email; says the same whether or not the address has an account. */
function ForgotPassword() {
  const [email, setEmail] = useState(useSearchParams().get('email') ?? '');
  const [request, { data, loading, error }] = useMutation(REQUEST_PASSWORD_RESET);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void request({ variables: { email: email.trim() } }).catch(() => undefined);
  };
  if (data?.requestPasswordReset)
    return (
      <AuthLayout
        title="Check your email"
        subtitle={`If ${email.trim()} has an account, a link to choose a new password is on its way. It works once, for 30 minutes.`}
        footer={<Link href="/login">Back to sign in</Link>}
      >
        <span />
      </AuthLayout>
    );
  return (
    <AuthLayout
      title="Forgot your password?"
      subtitle="Enter the address you sign in with and we will email you a link to choose a new one."
      footer={<Link href="/login">Back to sign in</Link>}
    >
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          label="Email"
          type="email"
          name="email"
          autoComplete="email"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          autoFocus
        />
        {error ? <ErrorMessage error={error} compact /> : null}
        <Button type="submit" variant="primary" busy={loading} disabled={!email.trim()}>
          Email me a link
        </Button>
      </form>
    </AuthLayout>
  );
}

export default function ForgotPasswordPage() {
  return (
    <Suspense fallback={null}>
      <ForgotPassword />
    </Suspense>
  );
}
