import { compileFormula, FormulaError } from '@pyairtable/formula';
import { checkOutboundUrl, OutboundRefused, vetOutboundUrl } from '@pyairtable/outbound-http';
import { badUserInput } from '@pyairtable/subgraph-kit';
import type { WebhooksDeps } from '../deps.ts';
import { isWebhookEventType, WEBHOOK_EVENT_TYPES } from './event-types.ts';

export interface FilterInput {
  baseId?: string | null;
  tableId?: string | null;
  changedFields?: string[] | null;
  formula?: string | null;
}

/**
 * A URL deliveries may go to: https in production, and public addresses (resolved now, and
 * again at every send) unless WEBHOOKS_ALLOW_HOSTS names the host.
 */
export async function validUrl(deps: WebhooksDeps, url: string): Promise<string> {
  try {
    checkOutboundUrl(url.trim(), deps.outbound);
    await vetOutboundUrl(url.trim(), deps.outbound);
  } catch (error) {
    if (error instanceof OutboundRefused) throw badUserInput(error.message, 'url');
    throw error;
  }
  return url.trim();
}

export function validEventTypes(types: readonly string[]): string[] {
  const unique = [...new Set(types)];
  if (unique.length === 0) throw badUserInput('Pick at least one event type.', 'eventTypes');
  const unknown = unique.filter((t) => !isWebhookEventType(t));
  if (unknown.length > 0) {
    throw badUserInput(
      `Unknown event types: ${unknown.join(', ')}. Known: ${WEBHOOK_EVENT_TYPES.map((t) => t.name).join(', ')}.`,
      'eventTypes',
    );
  }
  return unique;
}

/** The filter columns, the formula checked for syntax (field names are checked per table). */
export function validFilter(filter: FilterInput | null | undefined) {
  const formula = filter?.formula?.trim() || null;
  if (formula) {
    try {
      compileFormula(formula);
    } catch (error) {
      if (error instanceof FormulaError) throw badUserInput(error.message, 'filter.formula');
      throw error;
    }
  }
  const changedFields = [
    ...new Set((filter?.changedFields ?? []).map((f) => f.trim()).filter(Boolean)),
  ];
  if (changedFields.length > 100) throw badUserInput('At most 100 fields.', 'filter.changedFields');
  return {
    filterBaseId: filter?.baseId?.trim() || null,
    filterTableId: filter?.tableId?.trim() || null,
    filterFields: changedFields,
    filterFormula: formula,
  };
}

export function validRange(value: number | null | undefined, fallback: number, field: string) {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < 1 || n > 100)
    throw badUserInput(`${field} must be 1–100.`, field);
  return n;
}

export function validDescription(value: string | null | undefined): string {
  const text = (value ?? '').trim();
  if (text.length > 500)
    throw badUserInput('A description has at most 500 characters.', 'description');
  return text;
}
