import { graphCall, StepFailure } from '../graph-call.ts';
import { updateRecord } from './records.ts';
import type { StepContext } from './step-context.ts';

const ASK = `mutation ($w: ID!, $c: String!) {
  sendMessage(input: { workspaceId: $w, content: $c, waitForAnswer: true }) {
    assistantMessage { status content error }
  }
}`;

/**
 * Asks the workspace's assistant (as the owner, against the workspace's assistant budget) and
 * optionally writes the answer to a record's field.
 */
export async function askAssistant(
  input: {
    prompt: unknown;
    write?: { baseId: string; tableId: string; recordId: unknown; field: string };
  },
  ctx: StepContext,
) {
  const prompt = String(input.prompt ?? '').trim();
  if (!prompt) throw new StepFailure('The prompt is empty.');
  if (ctx.dryRun) {
    ctx.log('would ask the assistant');
    return { answer: null, preview: { prompt, write: input.write ?? null } };
  }
  const data = await graphCall<{
    sendMessage: { assistantMessage: { status: string; content: string; error: string | null } };
  }>(ctx.graph, ASK, { w: ctx.run.workspaceId, c: prompt });
  const message = data.sendMessage.assistantMessage;
  if (message.status === 'FAILED')
    throw new StepFailure(message.error ?? 'The assistant could not answer.');
  ctx.log(`the assistant answered (${message.content.length} characters)`);
  if (input.write) {
    await updateRecord(
      {
        baseId: input.write.baseId,
        tableId: input.write.tableId,
        recordId: input.write.recordId,
        fields: { [input.write.field]: message.content },
      },
      ctx,
    );
  }
  return { answer: message.content };
}
