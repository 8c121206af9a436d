import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { testEnv } from '@pyairtable/testing';
import { onTestFinished } from 'vitest';
import { startAirtableStack } from '../../gateway/test/airtable-stack.ts';
import { signUp, useStack } from '../../gateway/test/stack.ts';
import { main } from '../src/index.ts';

export type McpStack = Awaited<ReturnType<typeof startMcpStack>>;

/** The airtable stack with the demo base synced, an owner's API key, and the MCP server on it. */
export async function startMcpStack() {
  const s = await startAirtableStack();
  const mcp = await main({ ...testEnv, PORT: '0', GATEWAY_URL: s.stack.gatewayUrl });
  onTestFinished(() => mcp.close());
  const apiKey = async (accessToken: string) => {
    const res = await s.stack.execute(
      `mutation { createApiKey(input: { name: "MCP" }) { secret } }`,
      {},
      accessToken,
    );
    return res.data!.createApiKey.secret as string;
  };
  return { ...s, mcp, ownerKey: await apiKey(s.owner.accessToken), apiKey };
}

/** The platform without Airtable data, an account's API key, and the MCP server on it. */
export async function startBareMcpStack() {
  const stack = await useStack();
  const mcp = await main({ ...testEnv, PORT: '0', GATEWAY_URL: stack.gatewayUrl });
  onTestFinished(() => mcp.close());
  const person = await signUp(stack, 'Caller');
  const res = await stack.execute(
    `mutation { createApiKey(input: { name: "MCP" }) { secret } }`,
    {},
    person.accessToken,
  );
  return { stack, mcp, key: res.data!.createApiKey.secret as string };
}

/** A new person who joined the workspace with `role`, with an API key. */
export async function member(s: McpStack, role: 'EDITOR' | 'VIEWER') {
  const person = await signUp(s.stack, role);
  const invite = await s.stack.execute(
    `mutation ($i: InviteMemberInput!) { inviteMember(input: $i) { token } }`,
    { i: { workspaceId: s.workspaceId, email: person.email, role } },
    s.owner.accessToken,
  );
  await s.stack.execute(
    `mutation ($t: String!) { acceptInvitation(token: $t) { id } }`,
    { t: invite.data!.inviteMember.token },
    person.accessToken,
  );
  return { ...person, key: await s.apiKey(person.accessToken) };
}

/** The SDK's client over Streamable HTTP, authenticated with `bearer`. */
export async function connectHttp(url: string, bearer: string) {
  const transport = new StreamableHTTPClientTransport(new URL(url), {
    requestInit: { headers: { authorization: `Bearer ${bearer}` } },
  });
  const client = new Client({ name: 'mcp-test', version: '1.0.0' });
  await client.connect(transport);
  onTestFinished(() => client.close());
  return { client, transport };
}

/** A tool's structured result, or the error text. */
export async function call(client: Client, name: string, args: Record<string, unknown>) {
  const result = await client.callTool({ name, arguments: args });
  return {
    isError: result.isError === true,
    data: result.structuredContent as any,
    text: (result.content as { type: string; text: string }[])[0]?.text ?? '',
  };
}
