import type { LinkedBase } from '../db.ts';
import type { SyncJob } from './sync-job.ts';

/** Starts (or refreshes) the base's Airtable webhook; a failure leaves polling in charge. */
export async function ensureWebhook(job: SyncJob, base: LinkedBase): Promise<void> {
  if (!job.webhooks) return;
  try {
    await job.webhooks.ensure(base);
  } catch (error) {
    job.logger.warn({ err: error, baseId: base.id }, 'webhook unavailable; polling instead');
  }
}
