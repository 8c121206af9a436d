'use client';
import Link from 'next/link';
import { useRouter, useSearchParams } from 'next/navigation';
import { Suspense, useEffect, useState, type FormEvent } from 'react';
import { AuthLayout } from '../../components/auth/auth-layout.tsx';
import { useSession, useSessionManager } from '../../components/providers.tsx';
import { Button, ErrorMessage, Loading, TextField } from '../../components/ui.tsx';
import { nextPath } from '../../lib/next-path.ts';

const MIN_PASSWORD = 8;

export default function SignUpPage() {
  return (
    <Suspense fallback={<Loading />}>
      <SignUp />
    </Suspense>
  );
}

function SignUp() {
  const params = useSearchParams();
  const next = nextPath(params.get('next'));
  const router = useRouter();
  const session = useSessionManager();
  const state = useSession();
  const [name, setName] = useState('');
  const [email, setEmail] = useState(params.get('email') ?? '');
  const [password, setPassword] = useState('');
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    if (state.status === 'signed-in' && !busy) router.replace(next);
  }, [state.status, next, router, busy]);

  const problems = {
    name: name.trim() ? undefined : 'Enter your name.',
    email: /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())
      ? undefined
      : 'Enter a valid email address.',
    password:
      password.length >= MIN_PASSWORD ? undefined : `Use at least ${MIN_PASSWORD} characters.`,
  };
  const valid = !problems.name && !problems.email && !problems.password;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!valid) return;
    setBusy(true);
    setError(null);
    try {
      await session.signUp(name.trim(), email.trim(), password);
      router.replace(next);
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };

  if (state.status === 'loading') return <Loading label="Checking your session…" />;
  return (
    <AuthLayout
      title="Create your account"
      subtitle="One place for your team’s Airtable data, live."
      footer={
        <>
          Already have an account?{' '}
          <Link href={`/login${next !== '/' ? `?next=${encodeURIComponent(next)}` : ''}`}>
            Sign in
          </Link>
        </>
      }
    >
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          label="Name"
          name="name"
          autoComplete="name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={touched ? problems.name : undefined}
          autoFocus
        />
        <TextField
          label="Email"
          type="email"
          name="email"
          autoComplete="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={touched ? problems.email : undefined}
        />
        <TextField
          label="Password"
          type="password"
          name="new-password"
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          hint={`At least ${MIN_PASSWORD} characters.`}
          error={touched ? problems.password : undefined}
        />
        {error ? <ErrorMessage error={error} compact /> : null}
        <Button type="submit" variant="primary" busy={busy}>
          Create account
        </Button>
      </form>
    </AuthLayout>
  );
}
