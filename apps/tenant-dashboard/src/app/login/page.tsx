'use client';
import Link from 'next/link';
import { useRouter, useSearchParams } from 'next/navigation';
import { Suspense, useEffect, useState, type FormEvent } from 'react';
import { AuthLayout } from '../../components/auth/auth-layout.tsx';
import { useSession, useSessionManager } from '../../components/providers.tsx';
import { Button, ErrorMessage, Loading, TextField } from '../../components/ui.tsx';
import { errorCode } from '../../lib/errors.ts';
import { nextPath } from '../../lib/next-path.ts';

export default function LoginPage() {
  return (
    <Suspense fallback={<Loading />}>
      <LogIn />
    </Suspense>
  );
}

function LogIn() {
  const params = useSearchParams();
  const next = nextPath(params.get('next'));
  const router = useRouter();
  const session = useSessionManager();
  const state = useSession();
  const [email, setEmail] = useState(params.get('email') ?? '');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [demo, setDemo] = useState<{ email: string; password: string } | null>(null);

  useEffect(() => {
    if (state.status === 'signed-in') router.replace(next);
  }, [state.status, next, router]);

  useEffect(() => {
    let live = true;
    fetch('/api/demo-account')
      .then((res) => (res.ok ? res.json() : null))
      .then((account: { email: string; password: string } | null) => live && setDemo(account))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await session.logIn(email.trim(), password);
      router.replace(next);
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };

  if (state.status === 'loading') return <Loading label="Checking your session…" />;
  const wrongPassword = errorCode(error) === 'UNAUTHENTICATED';
  return (
    <AuthLayout
      title="Sign in"
      subtitle="Welcome back. Your bases are where you left them."
      footer={
        <>
          New here?{' '}
          <Link href={`/signup${next !== '/' ? `?next=${encodeURIComponent(next)}` : ''}`}>
            Create an account
          </Link>
        </>
      }
    >
      {demo ? (
        <div className="demo-hint">
          <span>
            Demo account: <strong>{demo.email}</strong>
          </span>
          <Button
            size="small"
            onClick={() => {
              setEmail(demo.email);
              setPassword(demo.password);
            }}
          >
            Use it
          </Button>
        </div>
      ) : null}
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
        <TextField
          label="Password"
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        {error ? (
          wrongPassword ? (
            <div className="error-box compact" role="alert">
              That email and password do not match an account.
            </div>
          ) : (
            <ErrorMessage error={error} compact />
          )
        ) : null}
        <Button type="submit" variant="primary" busy={busy} disabled={!email || !password}>
          Sign in
        </Button>
        <Link
          className="form-aside"
          href={`/forgot-password${email.trim() ? `?email=${encodeURIComponent(email.trim())}` : ''}`}
        >
          Forgot your password?
        </Link>
      </form>
    </AuthLayout>
  );
}
