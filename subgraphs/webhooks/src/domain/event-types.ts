/** The event types endpoints subscribe to: the `type` of each payload. */
export const WEBHOOK_EVENT_TYPES = [
  {
    name: 'record.created',
    description: 'A record was created (in Airtable or through the platform).',
  },
  {
    name: 'record.updated',
    description: 'A record changed: the fields that changed with their old and new values.',
  },
  { name: 'record.deleted', description: 'A record was deleted; the payload has its last values.' },
  { name: 'table.schema_changed', description: "A table's fields or views changed." },
  { name: 'sync.completed', description: 'A full sync of a base finished.' },
  { name: 'sync.failed', description: 'A full sync of a base failed.' },
  { name: 'member.joined', description: 'Someone joined the workspace.' },
  { name: 'member.removed', description: 'Someone left the workspace or was removed.' },
  {
    name: 'workflow.run_failed',
    description: 'A run of an automation failed: the workflow, the run, the step and the error.',
  },
] as const;

export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number]['name'];

/** The event a test ping sends; endpoints get it whatever they subscribe to. */
export const TEST_EVENT_TYPE = 'webhook.test';

export const isWebhookEventType = (name: string): name is WebhookEventType =>
  WEBHOOK_EVENT_TYPES.some((t) => t.name === name);
