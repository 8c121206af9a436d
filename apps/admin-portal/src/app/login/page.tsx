'use client';
import { useRouter } from 'next/navigation';
import { useEffect, useState, type FormEvent } from 'react';
import { useSession, useSessionManager } from '../../components/providers.tsx';
import { describeError } from '../../components/states.tsx';
import { SessionError } from '../../lib/session.ts';

export default function LoginPage() {
  const session = useSessionManager();
  const state = useSession();
  const router = useRouter();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [demo, setDemo] = useState<{ email: string; password: string } | null>(null);

  useEffect(() => {
    if (state.status === 'signed-in') router.replace('/');
  }, [state.status, router]);
  useEffect(() => {
    document.title = 'Sign in · PyAirtable admin';
    void fetch('/api/demo-admin')
      .then((res) => res.json())
      .then(setDemo, () => undefined);
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await session.logIn(email, password);
    } catch (caught) {
      setError(caught instanceof SessionError ? caught.error.message : describeError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="login">
      <form className="card" onSubmit={submit} aria-labelledby="login-title">
        <h1 id="login-title">PyAirtable admin</h1>
        <p className="muted">For the people who run the platform.</p>
        <label>
          Email
          <input
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </label>
        <label>
          Password
          <input
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
        {demo && (
          <p className="muted demo">
            Demo administrator: {demo.email} / {demo.password}{' '}
            <button
              type="button"
              className="link"
              onClick={() => {
                setEmail(demo.email);
                setPassword(demo.password);
              }}
            >
              Fill in
            </button>
          </p>
        )}
      </form>
    </main>
  );
}
