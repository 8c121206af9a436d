'use client';
import { useMutation } from '@apollo/client/react';
import {
  REVOKE_INVITATION,
  ROLE_LABELS,
  WORKSPACE_MEMBERS,
  type Invitation,
} from '../../lib/graphql/workspaces.ts';
import { useToasts } from '../toasts.tsx';
import { Button } from '../ui.tsx';

/** Invitations not yet accepted, each of which an admin can withdraw. */
export function PendingInvitations({
  workspaceId,
  invitations,
}: {
  workspaceId: string;
  invitations: Invitation[];
}) {
  const toasts = useToasts();
  const [revoke] = useMutation(REVOKE_INVITATION, {
    refetchQueries: [{ query: WORKSPACE_MEMBERS, variables: { id: workspaceId } }],
  });
  return (
    <section className="card" aria-labelledby="invitations-heading">
      <div className="card-header">
        <div>
          <h2 id="invitations-heading">Pending invitations</h2>
          <p>Links stop working after 7 days, or when withdrawn.</p>
        </div>
      </div>
      {invitations.length === 0 ? (
        <p className="muted" style={{ padding: '16px 20px' }}>
          No invitations waiting.
        </p>
      ) : (
        <ul className="list">
          {invitations.map((invitation) => (
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
                    toasts.show(`The invitation for ${invitation.email} was withdrawn.`, 'success');
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
  );
}
