import { AirtableApiError } from '@pyairtable/airtable-api';
import {
  badUserInput,
  forbidden,
  notFound,
  rateLimited,
  upstreamUnavailable,
} from '@pyairtable/subgraph-kit';

/**
 * Airtable's refusal of a call made for the actor, as a client error that names what it did
 * not accept: `scope` is the token scope the call needs, `resource` what a 404 means.
 * Anything that is not an Airtable answer is rethrown as it is.
 */
export function translateAirtableError(
  error: unknown,
  what: { scope: string; resource: string; id?: string },
): never {
  if (!(error instanceof AirtableApiError)) throw error;
  if (error.status === 404) throw notFound(what.resource, what.id);
  if (error.status === 401 || error.status === 403)
    throw forbidden(`The connection's Airtable token may not do this (it needs ${what.scope}).`);
  if (error.status === 429)
    throw rateLimited(Math.ceil((error.retryAfterMs ?? 30_000) / 1000), 'Airtable is busy.');
  if (error.status >= 400 && error.status < 500)
    throw badUserInput(`Airtable refused it: ${error.message}`);
  throw upstreamUnavailable(`Airtable did not answer: ${error.message}`);
}
