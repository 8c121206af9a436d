'use client';
// Members and roles (admins change them), invitations by link, pending invitations.
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { timeAgo } from '../../lib/format.ts';
import {
  CHANGE_MEMBER_ROLE,
  REMOVE_MEMBER,
  ROLE_LABELS,
  roleAtLeast,
  WORKSPACE_MEMBERS,
  type Member,
  type Role,
} from '../../lib/graphql/workspaces.ts';
import { useSession } from '../providers.tsx';
import { Avatar } from '../shell/user-menu.tsx';
import { useToasts } from '../toasts.tsx';
import { Badge, Button, Dialog, ErrorMessage, Loading } from '../ui.tsx';
import { InviteCard } from './invite-card.tsx';
import { PendingInvitations } from './pending-invitations.tsx';
import { ASSIGNABLE } from './roles.ts';

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
        <PendingInvitations workspaceId={workspaceId} invitations={workspace.invitations} />
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
