/**
 * What a model or an MCP client should do next after a tool error, from its code and message:
 * the tool that tells it what it got wrong, or whether to retry.
 */
export function hintFor(code: string, message: string): string | undefined {
  if (code === 'NOT_FOUND') {
    if (/^Base /.test(message)) return 'Call list_bases to see the bases you can use.';
    if (/^Table /.test(message)) return 'Call list_tables with the baseId to see its tables.';
    if (/^Record /.test(message))
      return 'Check the record id (rec…) with list_records or search_records.';
    return 'Check the ids: list_bases and list_tables list what you can use.';
  }
  if (code === 'BAD_USER_INPUT') {
    if (/unknown field/i.test(message))
      return "Call describe_table to see the table's field names and types.";
    if (/formula/i.test(message))
      return 'Fix the formula: field names in {braces}, text in quotes; describe_table lists the fields.';
    return 'Fix the arguments as the message says, then call again.';
  }
  if (code === 'FORBIDDEN')
    return 'The person you act for may not do this; ask them to get access from a workspace admin.';
  if (code === 'RATE_LIMITED') return 'Wait a little, then call again.';
  if (code === 'UPSTREAM_UNAVAILABLE' || code === 'TIMEOUT') return 'Call again in a moment.';
  return undefined;
}
