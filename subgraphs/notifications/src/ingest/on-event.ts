import type { PlatformEvent } from '@pyairtable/events';
import type { NotificationsDeps } from '../deps.ts';
import { notify, type Recipient } from '../domain/notify.ts';
import { matchMentions } from './match-mentions.ts';

const usd = (n: number) => `$${n.toFixed(2)}`;

async function admins(deps: NotificationsDeps, workspaceId: string): Promise<Recipient[]> {
  const ids = await deps.directory.adminsOf(workspaceId);
  return (await deps.directory.people(ids)).map((p) => ({ userId: p.id, email: p.email }));
}

/** Turns one platform event into the notifications it owes (none for most events). */
export async function onEvent(deps: NotificationsDeps, event: PlatformEvent): Promise<void> {
  const sourceKey = `event:${event.id}`;
  const workspaceId = event.workspaceId;
  switch (event.type) {
    case 'record.commented': {
      if (event.mentions.length === 0) return;
      const members = await deps.directory.membersOf(workspaceId);
      const people = await deps.directory.people([...members.map((m) => m.userId), event.authorId]);
      const author = people.find((p) => p.id === event.authorId);
      const mentioned = matchMentions(
        event.mentions,
        people.filter((p) => p.id !== event.authorId && members.some((m) => m.userId === p.id)),
      );
      await notify(
        deps,
        mentioned.map((p) => ({ userId: p.id, email: p.email })),
        {
          workspaceId,
          kind: 'MENTION',
          title: `${author?.name ?? 'Someone'} mentioned you in a comment`,
          body: 'Open the record to read the comment and answer it.',
          url: `/w/${workspaceId}/b/${event.baseId}/t/${event.tableId}?record=${event.recordId}`,
          data: {
            baseId: event.baseId,
            tableId: event.tableId,
            recordId: event.recordId,
            commentId: event.commentId,
            authorId: event.authorId,
          },
          sourceKey,
        },
      );
      return;
    }
    case 'member.invited': {
      const [inviter] = await deps.directory.people([event.invitedById]);
      await notify(deps, [{ userId: null, email: event.email }], {
        workspaceId,
        kind: 'INVITATION',
        title: `${inviter?.name ?? 'Someone'} invited you to a workspace`,
        body: `You were invited as ${event.role.toLowerCase()}. The link to accept is in the email sent to ${event.email}.`,
        url: null,
        data: {
          invitationId: event.invitationId,
          role: event.role,
          invitedById: event.invitedById,
        },
        sourceKey,
      });
      return;
    }
    case 'sync.failed':
      await notify(deps, await admins(deps, workspaceId), {
        workspaceId,
        kind: 'SYNC_FAILED',
        title: 'A base failed to sync',
        body: `Base ${event.baseId}: ${event.error}`,
        url: `/w/${workspaceId}/airtable`,
        data: { baseId: event.baseId, error: event.error },
        sourceKey,
      });
      return;
    case 'webhook.endpointDisabled':
      await notify(deps, await admins(deps, workspaceId), {
        workspaceId,
        kind: 'WEBHOOK_DISABLED',
        title: 'A webhook endpoint was disabled',
        body: `${event.url} failed every delivery since ${event.failingSince} and was turned off. Fix it, then enable it again.`,
        url: `/w/${workspaceId}/webhooks`,
        data: { endpointId: event.endpointId, url: event.url, failingSince: event.failingSince },
        sourceKey,
      });
      return;
    case 'llm.budgetReached': {
      const recipients = event.budgetUserId
        ? (await deps.directory.people([event.budgetUserId])).map((p) => ({
            userId: p.id,
            email: p.email,
          }))
        : await admins(deps, workspaceId);
      const whose = event.budgetUserId ? 'Your' : "The workspace's";
      const period = event.period === 'DAILY' ? 'daily' : 'monthly';
      await notify(deps, recipients, {
        workspaceId,
        kind: event.status === 'EXCEEDED' ? 'BUDGET_EXCEEDED' : 'BUDGET_WARNING',
        title:
          event.status === 'EXCEEDED'
            ? `${whose} ${period} assistant budget is used up`
            : `${whose} ${period} assistant budget is at 80 %`,
        body: `${usd(event.spentUsd)} of ${usd(event.limitUsd)} spent; it resets at ${event.resetsAt}.`,
        url: `/w/${workspaceId}`,
        data: {
          budgetId: event.budgetId,
          status: event.status,
          limitUsd: event.limitUsd,
          spentUsd: event.spentUsd,
        },
        // Once per budget, threshold and period, however many answers cross it.
        sourceKey: `budget:${event.budgetId}:${event.status}:${event.resetsAt}`,
      });
      return;
    }
    case 'workflow.runFailed': {
      const [owner] = await deps.directory.people([event.ownerId]);
      if (!owner) return;
      await notify(deps, [{ userId: owner.id, email: owner.email }], {
        workspaceId,
        kind: 'WORKFLOW_FAILED',
        title: `The workflow "${event.workflowName}" failed`,
        body: event.failedStep ? `Step ${event.failedStep}: ${event.error}` : event.error,
        url: `/w/${workspaceId}/automations?workflow=${event.workflowId}&run=${event.runId}`,
        data: { workflowId: event.workflowId, runId: event.runId, failedStep: event.failedStep },
        sourceKey,
      });
      return;
    }
    case 'workflow.notificationRequested': {
      const members = new Set((await deps.directory.membersOf(workspaceId)).map((m) => m.userId));
      const people = await deps.directory.people(event.userIds.filter((id) => members.has(id)));
      await notify(
        deps,
        people.map((p) => ({ userId: p.id, email: p.email })),
        {
          workspaceId,
          kind: 'WORKFLOW_MESSAGE',
          title: event.title,
          body: event.body,
          url: `/w/${workspaceId}/automations?workflow=${event.workflowId}&run=${event.runId}`,
          data: { workflowId: event.workflowId, runId: event.runId },
          // A retried step asks again with the same key: sent once.
          sourceKey: `workflow:${event.key}`,
        },
      );
      return;
    }
    default:
      return;
  }
}
