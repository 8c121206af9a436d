import { signUp } from '../../../apps/gateway/test/stack.ts';
import type { startAirtableStack } from '../../../apps/gateway/test/airtable-stack.ts';

type AirtableStack = Awaited<ReturnType<typeof startAirtableStack>>;

/** A new person who joined the stack's workspace with `role`. */
export async function addMember(s: AirtableStack, role: 'ADMIN' | 'EDITOR' | 'VIEWER') {
  const person = await signUp(s.stack, role);
  const invite = await s.stack.execute(
    `mutation ($i: InviteMemberInput!) { inviteMember(input: $i) { token } }`,
    { i: { workspaceId: s.workspaceId, email: person.email, role } },
    s.owner.accessToken,
  );
  const accepted = await s.stack.execute(
    `mutation ($t: String!) { acceptInvitation(token: $t) { id } }`,
    { t: invite.data!.inviteMember.token },
    person.accessToken,
  );
  if (!accepted.data) throw new Error(JSON.stringify(accepted.errors));
  return person;
}
