'use client';
import { useMutation, useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { useParams, useRouter } from 'next/navigation';
import { AuthLayout } from '../../../components/auth/auth-layout.tsx';
import { useSession } from '../../../components/providers.tsx';
import { Button, ErrorMessage, Loading } from '../../../components/ui.tsx';
import {
  ACCEPT_INVITATION,
  INVITATION_PREVIEW,
  MY_WORKSPACES,
  ROLE_LABELS,
} from '../../../lib/graphql/workspaces.ts';
import { writePreference } from '../../../lib/preferences.ts';

/** An invitation link: see what it is for, then sign in (or up) and join. */
export default function InvitationPage() {
  const { token } = useParams<{ token: string }>();
  const router = useRouter();
  const state = useSession();
  const preview = useQuery(INVITATION_PREVIEW, {
    variables: { token },
    fetchPolicy: 'network-only',
  });
  const [accept, accepting] = useMutation(ACCEPT_INVITATION, {
    refetchQueries: [{ query: MY_WORKSPACES }],
  });

  if (state.status === 'loading' || preview.loading)
    return <Loading label="Opening the invitation…" />;
  if (preview.error)
    return (
      <AuthLayout title="Invitation">
        <ErrorMessage error={preview.error} onRetry={() => void preview.refetch()} />
      </AuthLayout>
    );
  const invitation = preview.data?.invitation;
  if (!invitation)
    return (
      <AuthLayout
        title="This invitation cannot be used"
        subtitle="It may have expired, been withdrawn, or been accepted already. Ask the person who invited you for a new link."
        footer={<Link href="/">Go to PyAirtable</Link>}
      >
        <span />
      </AuthLayout>
    );

  const here = `/invite/${encodeURIComponent(token)}`;
  const email = encodeURIComponent(invitation.email);
  const signedInAs = state.status === 'signed-in' ? state.session.user.email : null;
  const otherAccount = signedInAs && signedInAs.toLowerCase() !== invitation.email.toLowerCase();

  const join = async () => {
    const { data } = await accept({ variables: { token } }).catch(() => ({ data: null }));
    if (data) {
      writePreference('workspace', data.acceptInvitation.id);
      router.replace(`/w/${data.acceptInvitation.id}`);
    }
  };

  return (
    <AuthLayout
      title={`Join ${invitation.workspaceName}`}
      subtitle={
        <>
          You are invited as <strong>{ROLE_LABELS[invitation.role]}</strong> ({invitation.email}).
          The invitation expires on {new Date(invitation.expiresAt).toLocaleDateString()}.
        </>
      }
    >
      {state.status === 'signed-out' ? (
        <div className="form">
          <Link
            className="btn btn-primary"
            href={`/signup?next=${encodeURIComponent(here)}&email=${email}`}
          >
            Create an account to join
          </Link>
          <Link className="btn" href={`/login?next=${encodeURIComponent(here)}&email=${email}`}>
            I already have an account
          </Link>
        </div>
      ) : (
        <div className="form">
          {otherAccount ? (
            <div className="error-box compact" role="alert">
              You are signed in as {signedInAs}, but this invitation is for {invitation.email}. Sign
              in with that account to accept it.
            </div>
          ) : null}
          {accepting.error ? <ErrorMessage error={accepting.error} compact /> : null}
          <Button
            variant="primary"
            onClick={join}
            busy={accepting.loading}
            disabled={Boolean(otherAccount)}
          >
            Accept and open the workspace
          </Button>
        </div>
      )}
    </AuthLayout>
  );
}
