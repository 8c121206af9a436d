'use client';
// Members and roles (admins change them), invitations by link, pending invitations.
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { timeAgo } from '../../lib/format.ts';
import {
  CHANGE_MEMBER_ROLE,
  INVITE_MEMBER,
  REMOVE_MEMBER,
  REVOKE_INVITATION,
  ROLE_LABELS,
  roleAtLeast,
  WORKSPACE_MEMBERS,
  type Member,
  type Role,
} from '../../lib/graphql/workspaces.ts';
import { useSession } from '../providers.tsx';
import { Avatar } from '../shell/user-menu.tsx';
import { useToasts } from '../toasts.tsx';
import { Badge, Button, Dialog, ErrorMessage, Loading, TextField } from '../ui.tsx';
import { CopyButton } from '../account/copy-button.tsx';

const ASSIGNABLE: Role[] = ['ADMIN', 'EDITOR', 'VIEWER'];
const ROLE_HELP: Record<Role, string> = {
  OWNER: 'Manages the workspace',
  ADMIN: 'Manages members and Airtable connections',
  EDITOR: 'Changes records',
  VIEWER: 'Reads records',
};

export function MembersPage({ workspaceId }: { workspaceId: string }) {
  const state = useSession();
  const toasts = useToasts();
  const { data, loading, error, refetch } = useQuery(WORKSPACE_MEMBERS, {
    variables: { id: workspaceId },
    fetchPolicy: 'cache-and-network',
  });
  const refetchMembers = {
    refetchQueries: [{ query: WORKSPACE_MEMBERS, variables: { id: workspaceId } }],
  };
  const [changeRole] = useMutation(CHANGE_MEMBER_ROLE, refetchMembers);
  const [removeMember, removing] = useMutation(REMOVE_MEMBER, refetchMembers);
  const [revoke] = useMutation(REVOKE_INVITATION, refetchMembers);
  const [leaving, setLeaving] = useState<Member | null>(null);
  const workspace = data?.workspace;

  if (loading && !workspace) return <Loading />;
  if (error && !workspace)
    return (
      <div className="page">
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      </div>
    );
  if (!workspace) return null;
  const admin = roleAtLeast(workspace.role, 'ADMIN');
  const me = state.status === 'signed-in' ? state.session.user.id : null;

  return (
    <div className="page">
      <title>Members</title>
      <div className="page-header">
        <div>
          <h1>Members</h1>
          <p>
            {workspace.members.length} {workspace.members.length === 1 ? 'person' : 'people'} in{' '}
            {workspace.name}.{admin ? ' As an admin, you can invite people and change roles.' : ''}
          </p>
        </div>
      </div>

      {admin ? <InviteCard workspaceId={workspaceId} /> : null}

      <section className="card" aria-labelledby="members-heading">
        <div className="card-header">
          <h2 id="members-heading">People</h2>
        </div>
        <ul className="list">
          {workspace.members.map((member) => {
            const editable = admin && member.role !== 'OWNER' && member.user.id !== me;
            return (
              <li key={member.user.id}>
                <Avatar id={member.user.id} name={member.user.name} />
                <div className="grow">
                  <div className="title">
                    {member.user.name}{' '}
                    {member.user.id === me ? <span className="muted">(you)</span> : null}
                  </div>
                  <div className="sub">
                    {member.user.email} · joined {timeAgo(member.joinedAt)}
                  </div>
                </div>
                {editable ? (
                  <>
                    <label className="visually-hidden" htmlFor={`role-${member.user.id}`}>
                      Role of {member.user.name}
                    </label>
                    <select
                      id={`role-${member.user.id}`}
                      style={{ width: 130 }}
                      value={member.role}
                      onChange={async (e) => {
                        const role = e.target.value as Role;
                        try {
                          await changeRole({
                            variables: { workspaceId, userId: member.user.id, role },
                          });
                          toasts.show(
                            `${member.user.name} is now ${ROLE_LABELS[role].toLowerCase()}.`,
                            'success',
                          );
                        } catch (failure) {
                          toasts.error(failure);
                        }
                      }}
                    >
                      {ASSIGNABLE.map((role) => (
                        <option key={role} value={role}>
                          {ROLE_LABELS[role]}
                        </option>
                      ))}
                    </select>
                    <Button size="small" variant="ghost" onClick={() => setLeaving(member)}>
                      Remove
                    </Button>
                  </>
                ) : (
                  <Badge tone={member.role === 'OWNER' ? 'accent' : 'neutral'}>
                    {ROLE_LABELS[member.role]}
                  </Badge>
                )}
              </li>
            );
          })}
        </ul>
      </section>

      {admin ? (
        <section className="card" aria-labelledby="invitations-heading">
          <div className="card-header">
            <div>
              <h2 id="invitations-heading">Pending invitations</h2>
              <p>Links stop working after 7 days, or when withdrawn.</p>
            </div>
          </div>
          {workspace.invitations.length === 0 ? (
            <p className="muted" style={{ padding: '16px 20px' }}>
              No invitations waiting.
            </p>
          ) : (
            <ul className="list">
              {workspace.invitations.map((invitation) => (
                <li key={invitation.id}>
                  <div className="grow">
                    <div className="title">{invitation.email}</div>
                    <div className="sub">
                      {ROLE_LABELS[invitation.role]} · expires{' '}
                      {new Date(invitation.expiresAt).toLocaleDateString()}
                    </div>
                  </div>
                  <Button
                    size="small"
                    variant="ghost"
                    onClick={async () => {
                      try {
                        await revoke({ variables: { id: invitation.id } });
                        toasts.show(
                          `The invitation for ${invitation.email} was withdrawn.`,
                          'success',
                        );
                      } catch (failure) {
                        toasts.error(failure);
                      }
                    }}
                  >
                    Withdraw
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}

      <Dialog
        open={Boolean(leaving)}
        title={`Remove ${leaving?.user.name ?? ''}?`}
        onClose={() => setLeaving(null)}
        footer={
          <>
            <Button onClick={() => setLeaving(null)}>Cancel</Button>
            <Button
              variant="danger"
              busy={removing.loading}
              onClick={async () => {
                if (!leaving) return;
                try {
                  await removeMember({ variables: { workspaceId, userId: leaving.user.id } });
                  toasts.show(`${leaving.user.name} was removed.`, 'success');
                } catch (failure) {
                  toasts.error(failure);
                }
                setLeaving(null);
              }}
            >
              Remove
            </Button>
          </>
        }
      >
        <p>
          {leaving?.user.name} loses access to {workspace.name} and its bases at once. You can
          invite them again later.
        </p>
      </Dialog>
    </div>
  );
}

function InviteCard({ workspaceId }: { workspaceId: string }) {
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('EDITOR');
  const [link, setLink] = useState<{ email: string; url: string } | null>(null);
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
          <p>They get a link to join; send it to them yourself.</p>
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
            <span className="label">Invitation link for {link.email} (shown once)</span>
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
