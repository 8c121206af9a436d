import { createEvent } from '@pyairtable/events';
import { graphCall } from '../graph-call.ts';
import type { StepContext } from './step-context.ts';

const MEMBERS = 'query ($w: ID!) { workspace(id: $w) { members { user { id } } } }';

/**
 * Sends notifications (in-app, and email as each person's preferences say) to members of the
 * workspace: the workflow's owner, every member, or the user ids given; others are left out.
 */
export async function notify(
  input: { recipients: unknown[]; title: unknown; body: unknown },
  ctx: StepContext,
) {
  const { deps, run, workflow } = ctx;
  const wanted = new Set<string>();
  for (const recipient of input.recipients.flat()) {
    if (recipient === 'owner') wanted.add(workflow.ownerId);
    else if (recipient === 'members') {
      const data = await graphCall<{ workspace: { members: { user: { id: string } }[] } | null }>(
        ctx.graph,
        MEMBERS,
        { w: run.workspaceId },
      );
      for (const m of data.workspace?.members ?? []) wanted.add(m.user.id);
    } else if (typeof recipient === 'string' && recipient) wanted.add(recipient);
  }
  const userIds: string[] = [];
  for (const userId of wanted) {
    const role = /^[0-9a-f-]{36}$/i.test(userId)
      ? await deps.memberships.roleOf(userId, run.workspaceId, `workflow-${run.id}`)
      : null;
    if (role) userIds.push(userId);
    else ctx.log(`${userId} is not a member of the workspace: left out`);
  }
  const title = String(input.title ?? '').slice(0, 500);
  const body = String(input.body ?? '').slice(0, 10_000);
  if (ctx.dryRun) {
    ctx.log(`would notify ${userIds.length} member(s): ${title}`);
    return { recipients: userIds, preview: { title, body } };
  }
  if (userIds.length > 0)
    await deps.events.publish(
      createEvent('workflow.notificationRequested', {
        workspaceId: run.workspaceId,
        workflowId: workflow.id,
        runId: run.id,
        key: `${run.id}:${ctx.key}`,
        userIds,
        title,
        body,
      }),
    );
  ctx.log(`notified ${userIds.length} member(s)`);
  return { recipients: userIds };
}
