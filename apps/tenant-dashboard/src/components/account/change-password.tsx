'use client';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { errorCode } from '../../lib/errors.ts';
import { CHANGE_PASSWORD } from '../../lib/graphql/account.ts';
import { useToasts } from '../toasts.tsx';
import { Button, ErrorMessage, TextField } from '../ui.tsx';

const MIN_PASSWORD = 8;

/** A new password, twice, after the current one; the other sessions end. */
export function ChangePassword() {
  const toasts = useToasts();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [touched, setTouched] = useState(false);
  const [change, { loading, error, reset }] = useMutation(CHANGE_PASSWORD);
  const problems = {
    next: next.length >= MIN_PASSWORD ? undefined : `Use at least ${MIN_PASSWORD} characters.`,
    repeat: repeat === next ? undefined : 'The two new passwords differ.',
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!current || problems.next || problems.repeat) return;
    const { data } = await change({
      variables: { currentPassword: current, newPassword: next },
    }).catch(() => ({
      data: null,
    }));
    if (data?.changePassword) {
      setCurrent('');
      setNext('');
      setRepeat('');
      setTouched(false);
      toasts.show('Password changed. Your other sessions were signed out.', 'success');
    }
  };
  const wrongCurrent = ['UNAUTHENTICATED', 'BAD_USER_INPUT', 'FORBIDDEN'].includes(
    errorCode(error) ?? '',
  );
  return (
    <section className="card" aria-labelledby="password-heading">
      <div className="card-header">
        <div>
          <h2 id="password-heading">Password</h2>
          <p>Changing it signs you out everywhere else.</p>
        </div>
      </div>
      <form className="card-body" onSubmit={submit} noValidate style={{ maxWidth: 420 }}>
        <TextField
          label="Current password"
          type="password"
          autoComplete="current-password"
          value={current}
          onChange={(e) => {
            setCurrent(e.target.value);
            reset();
          }}
          error={touched && !current ? 'Enter your current password.' : undefined}
        />
        <TextField
          label="New password"
          type="password"
          autoComplete="new-password"
          value={next}
          onChange={(e) => setNext(e.target.value)}
          hint={`At least ${MIN_PASSWORD} characters.`}
          error={touched ? problems.next : undefined}
        />
        <TextField
          label="New password, again"
          type="password"
          autoComplete="new-password"
          value={repeat}
          onChange={(e) => setRepeat(e.target.value)}
          error={touched ? problems.repeat : undefined}
        />
        {error ? (
          wrongCurrent && error.message ? (
            <div className="error-box compact" role="alert">
              {error.message}
            </div>
          ) : (
            <ErrorMessage error={error} compact />
          )
        ) : null}
        <div>
          <Button type="submit" variant="primary" busy={loading}>
            Change password
          </Button>
        </div>
      </form>
    </section>
  );
}
