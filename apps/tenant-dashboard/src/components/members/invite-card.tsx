'use client';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import {
  INVITE_MEMBER,
  ROLE_LABELS,
  WORKSPACE_MEMBERS,
  type Role,
} from '../../lib/graphql/workspaces.ts';
import { CopyButton } from '../account/copy-button.tsx';
import { Button, ErrorMessage, TextField } from '../ui.tsx';
import { ASSIGNABLE, ROLE_HELP } from './roles.ts';

/** An invitation by email and role: the link to send is shown once. */
export function InviteCard({ workspaceId }: { workspaceId: string }) {
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('EDITOR');
  const [link, setLink] = useState<{ email: string; url: string; emailed: boolean } | null>(null);
  const [touched, setTouched] = useState(false);
  const [invite, { loading, error }] = useMutation(INVITE_MEMBER, {
    refetchQueries: [{ query: WORKSPACE_MEMBERS, variables: { id: workspaceId } }],
  });
  const invalid = !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim());
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (invalid) return;
    const { data } = await invite({ variables: { workspaceId, email: email.trim(), role } }).catch(
      () => ({
        data: null,
      }),
    );
    if (data) {
      setLink({
        email: data.inviteMember.invitation.email,
        url: `${window.location.origin}/invite/${encodeURIComponent(data.inviteMember.token)}`,
        emailed: data.inviteMember.emailSent,
      });
      setEmail('');
      setTouched(false);
    }
  };
  return (
    <section className="card" aria-labelledby="invite-heading">
      <div className="card-header">
        <div>
          <h2 id="invite-heading">Invite someone</h2>
          <p>They get an email with a link to join; the link is also shown here, once.</p>
        </div>
      </div>
      <div className="card-body">
        <form className="form-row" onSubmit={submit} noValidate>
          <TextField
            label="Email"
            type="email"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            error={touched && invalid ? 'Enter an email address.' : undefined}
            placeholder="colleague@company.com"
          />
          <div className="field" style={{ flex: '0 0 220px' }}>
            <label htmlFor="invite-role">Role</label>
            <select id="invite-role" value={role} onChange={(e) => setRole(e.target.value as Role)}>
              {ASSIGNABLE.map((r) => (
                <option key={r} value={r}>
                  {ROLE_LABELS[r]} — {ROLE_HELP[r].toLowerCase()}
                </option>
              ))}
            </select>
          </div>
          <Button type="submit" variant="primary" busy={loading} icon="mail">
            Create invitation
          </Button>
        </form>
        {error ? <ErrorMessage error={error} compact /> : null}
        {link ? (
          <div className="field">
            <span className="label">
              Invitation link for {link.email} (shown once) —{' '}
              {link.emailed
                ? 'emailed to them'
                : 'the email could not be sent: pass it on yourself'}
            </span>
            <div className="secret-box">
              <code data-testid="invitation-link">{link.url}</code>
              <CopyButton text={link.url} />
            </div>
          </div>
        ) : null}
      </div>
    </section>
  );
}
