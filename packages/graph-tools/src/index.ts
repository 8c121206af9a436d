export { loadApiSchema } from './api-schema.ts';
export { jsonSchemaOf, type JsonSchema, type ToolInputSchema } from './input-schema.ts';
export { loadGraphTools, snakeCase, toolFromSource, type GraphTool } from './load-graph-tools.ts';
export {
  checkToolArguments,
  runGraphTool,
  type ExecuteOperation,
  type OperationError,
  type ToolResult,
} from './run-graph-tool.ts';
export {
  CONFIRM_ARGUMENT,
  requiresConfirmation,
  WRITE_CONFIRMATION_SETTING,
  writeBaseId,
} from './confirm-writes.ts';
export { MAX_PREVIEWED_RECORDS, previewWrite } from './write-preview.ts';
