import { AsyncLocalStorage } from 'node:async_hooks';
import type { ApolloServerPlugin } from '@apollo/server';
import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import { responseTooLarge, timedOut } from '@pyairtable/subgraph-kit';
import type { GraphQLError } from 'graphql';
import type { RequestLimits } from './request-limits.ts';

type Fetcher = RemoteGraphQLDataSource['fetcher'];

/** What one operation may spend: time, and bytes of answer. */
export interface RequestBudget {
  /** Aborts once the work is abandoned: past the deadline, too large, or the client left. */
  readonly signal: AbortSignal;
  /** Why the work was abandoned, once it was. */
  readonly exceeded: 'deadline' | 'size' | 'client' | undefined;
  /** Counts bytes of subgraph answers; throws RESPONSE_TOO_LARGE past the limit. */
  receive(bytes: number): void;
  /** The client went away: nobody is waiting for the answer. */
  abandon(): void;
  /** The answer is out: stops the deadline's timer. */
  done(): void;
}

export interface BudgetSettings {
  timeoutMs: number;
  maxResponseBytes: number;
}

/** A fresh budget for one operation; its deadline starts now. */
export function createRequestBudget(settings: BudgetSettings): RequestBudget {
  const controller = new AbortController();
  let exceeded: RequestBudget['exceeded'];
  let received = 0;
  const stop = (why: NonNullable<RequestBudget['exceeded']>) => {
    if (exceeded) return;
    exceeded = why;
    clearTimeout(timer);
    controller.abort(new Error(`request abandoned: ${why}`));
  };
  const timer = setTimeout(() => stop('deadline'), settings.timeoutMs);
  timer.unref();
  return {
    signal: controller.signal,
    get exceeded() {
      return exceeded;
    },
    receive(bytes) {
      received += bytes;
      if (received <= settings.maxResponseBytes) return;
      stop('size');
      throw tooLarge(settings.maxResponseBytes);
    },
    abandon: () => stop('client'),
    done: () => clearTimeout(timer),
  };
}

function tooLarge(max: number): GraphQLError {
  return responseTooLarge(
    `The answer would be larger than ${max} bytes. Ask for fewer records or fields, or page through them.`,
  );
}

// The budget of the operation being run, for the subgraph fetcher, which sees no context.
const running = new AsyncLocalStorage<RequestBudget>();

/** Runs `work` (an operation through Apollo) with `budget` over its subgraph requests. */
export function withBudget<T>(budget: RequestBudget, work: () => T): T {
  return running.run(budget, work);
}

/** A subgraph fetcher whose requests stop when their operation's budget is spent. */
export function budgetedFetcher(fetcher: Fetcher): Fetcher {
  return (url, init) => {
    const budget = running.getStore();
    return fetcher(url, budget ? { ...init, signal: budget.signal as never } : init);
  };
}

/**
 * Counts a subgraph answer against its operation's budget before it is read, by its declared
 * length (the platform's subgraphs declare it), else by its text.
 */
export async function readBudgeted(
  response: Parameters<RemoteGraphQLDataSource['parseBody']>[0],
  budget: RequestBudget | undefined,
): Promise<object | string> {
  const declared = Number(response.headers.get('content-length'));
  if (budget && Number.isFinite(declared) && declared > 0) budget.receive(declared);
  const text = await response.text();
  if (budget && !(declared > 0)) budget.receive(Buffer.byteLength(text));
  const type = response.headers.get('content-type') ?? '';
  return /^application\/(graphql-response\+)?json/.test(type) ? JSON.parse(text) : text;
}

/**
 * The budget of every operation through Apollo: its cost with the request's variables (which
 * validation rules cannot see), and an answer replaced by one typed error when the operation
 * ran out of time (TIMEOUT, 504) or would be too large (RESPONSE_TOO_LARGE).
 */
export function requestBudgetPlugin(
  limits: RequestLimits,
  settings: BudgetSettings,
): ApolloServerPlugin<{ budget: RequestBudget }> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operationName, request }) {
          const error = limits.checkCost(schema, document, operationName, request.variables);
          if (error) {
            error.extensions.http = { status: 400 };
            throw error;
          }
        },
        async willSendResponse({ response, contextValue }) {
          const { budget } = contextValue;
          budget.done();
          if (response.body.kind !== 'single') return;
          let refusal: GraphQLError | undefined;
          if (budget.exceeded === 'deadline') {
            refusal = timedOut(
              `The request took longer than ${settings.timeoutMs} ms and was stopped. Ask for less, or retry.`,
            );
            response.http.status = 504;
          } else if (
            budget.exceeded === 'size' ||
            Buffer.byteLength(JSON.stringify(response.body.singleResult)) >
              settings.maxResponseBytes
          ) {
            refusal = tooLarge(settings.maxResponseBytes);
          }
          if (refusal) response.body.singleResult = { data: null, errors: [refusal.toJSON()] };
        },
      };
    },
  };
}
