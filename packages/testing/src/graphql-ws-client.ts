import { createClient, type Client } from 'graphql-ws';
import { onTestFinished } from 'vitest';
import WebSocket from 'ws';

/** Subscriptions of a client, by id, and their "listening" acknowledgements from the gateway. */
interface Acknowledgements {
  lastId?: string;
  heard: Set<string>;
  waiting: Map<string, () => void>;
}
const acknowledgements = new WeakMap<Client, Acknowledgements>();

/** Cleans up when the current test finishes; outside a test (a beforeAll), the caller does. */
function afterThisTest(cleanup: () => void) {
  try {
    onTestFinished(cleanup);
  } catch {
    // Not inside a test: the fixture that made it disposes of it.
  }
}

/**
 * A graphql-ws client of the gateway, disposed when the test finishes. It follows the gateway's
 * acknowledgements (a Ping with `{ subscribed: id }` once a subscription listens), so `collect`
 * can tell when a subscription is registered.
 */
export function connect(url: string, bearer: string | null): Client {
  const acks: Acknowledgements = { heard: new Set(), waiting: new Map() };
  let ids = 0;
  const client = createClient({
    url: url.replace('http', 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: bearer ? { authorization: `Bearer ${bearer}` } : {},
    retryAttempts: 0,
    lazy: true,
    generateID: () => (acks.lastId = String(++ids)),
    on: {
      ping: (received, payload) => {
        const id = received ? (payload as { subscribed?: unknown } | undefined)?.subscribed : null;
        if (typeof id !== 'string') return;
        acks.heard.add(id);
        acks.waiting.get(id)?.();
      },
    },
  });
  acknowledgements.set(client, acks);
  afterThisTest(() => client.dispose());
  return client;
}

export type Stream = ReturnType<typeof collect>;

/**
 * Subscribes and collects results; `next(n)` waits until n results or errors have arrived, and
 * `registered` resolves once the gateway listens for this subscription (clients from `connect`).
 */
export function collect(client: Client, query: string, variables: Record<string, unknown>) {
  const results: any[] = [];
  const errors: unknown[] = [];
  let completed = false;
  let waiting: { n: number; resolve: () => void } | undefined;
  const check = () =>
    waiting && (results.length + errors.length >= waiting.n || completed) && waiting.resolve();
  const dispose = client.subscribe(
    { query, variables },
    {
      next: (value) => (results.push(value), check()),
      error: (error) => (errors.push(error), check()),
      complete: () => ((completed = true), check()),
    },
  );
  const acks = acknowledgements.get(client);
  const id = acks?.lastId; // the client names a subscription as it subscribes
  const registered = new Promise<void>((resolve, reject) => {
    if (!acks || !id) return reject(new Error('Not a client from connect().'));
    if (acks.heard.has(id)) return resolve();
    acks.waiting.set(id, resolve);
  });
  registered.catch(() => undefined);
  afterThisTest(() => dispose());
  return {
    results,
    errors,
    dispose,
    registered,
    get completed() {
      return completed;
    },
    next: (n: number) => new Promise<void>((resolve) => ((waiting = { n, resolve }), check())),
  };
}

/** Waits until every stream's subscription is registered at the gateway. */
export async function allRegistered(streams: Stream[]): Promise<void> {
  await Promise.all(streams.map((s) => s.registered));
}

/** Waits until `stream` has a result for which `match` is true; returns it. */
export async function nextMatching(stream: Stream, match: (result: any) => boolean) {
  for (;;) {
    const found = stream.results.find(match);
    if (found) return found;
    if (stream.completed) throw new Error('The subscription completed first.');
    await stream.next(stream.results.length + stream.errors.length + 1);
  }
}
