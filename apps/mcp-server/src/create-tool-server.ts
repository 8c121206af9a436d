import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import {
  CallToolRequestSchema,
  ListToolsRequestSchema,
  type CallToolResult,
} from '@modelcontextprotocol/sdk/types.js';
import { runGraphTool, type ExecuteOperation, type GraphTool } from '@pyairtable/graph-tools';
import type { Logger } from '@pyairtable/subgraph-kit';

const INSTRUCTIONS = `Tools over the team's Airtable bases, run through the PyAirtable GraphQL API with your permissions.
Start with list_bases, then list_tables / describe_table to learn field names and types.
list_records filters with Airtable formulas (e.g. AND({Amount} > 50000, IS_SAME({Close Date}, TODAY(), 'month'))) and pages: when pageInfo.hasNextPage is true, pass after = pageInfo.endCursor.
Write tools may answer with confirmationRequired and a preview: show it, and call again with confirm: true only once the person agreed.`;

/** An MCP server whose tools are GraphQL operations; `executeFor` runs them as the request's caller. */
export function createToolServer(options: {
  tools: GraphTool[];
  version: string;
  logger: Logger;
  executeFor: (extra: { authInfo?: { token: string } }) => ExecuteOperation;
}): Server {
  const server = new Server(
    { name: 'pyairtable', version: options.version },
    { capabilities: { tools: { listChanged: false } }, instructions: INSTRUCTIONS },
  );
  const byName = new Map(options.tools.map((t) => [t.name, t]));

  server.setRequestHandler(ListToolsRequestSchema, async () => ({
    tools: options.tools.map((tool) => ({
      name: tool.name,
      description: tool.description,
      inputSchema: tool.inputSchema,
      annotations: {
        readOnlyHint: !tool.mutates,
        // Creating adds; every other write can change or remove what is there.
        destructiveHint: tool.mutates && !tool.name.startsWith('create_'),
        openWorldHint: false,
      },
    })),
  }));

  server.setRequestHandler(
    CallToolRequestSchema,
    async (request, extra): Promise<CallToolResult> => {
      const tool = byName.get(request.params.name);
      if (!tool) {
        return {
          isError: true,
          content: [{ type: 'text', text: `Unknown tool "${request.params.name}".` }],
        };
      }
      const result = await runGraphTool(
        tool,
        request.params.arguments ?? {},
        options.executeFor(extra),
      );
      options.logger.info(
        { tool: tool.name, ok: result.ok, code: result.ok ? undefined : result.code },
        'tool called',
      );
      if (!result.ok) {
        return {
          isError: true,
          content: [
            {
              type: 'text',
              text: `${result.code}: ${result.error}${result.hint ? `\n${result.hint}` : ''}`,
            },
          ],
        };
      }
      return {
        // Compact: every byte of a tool result counts against the client model's context.
        content: [{ type: 'text', text: JSON.stringify(result.data) }],
        structuredContent: result.data,
      };
    },
  );
  return server;
}
