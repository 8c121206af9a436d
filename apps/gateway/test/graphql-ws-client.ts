import { createClient, type Client } from 'graphql-ws';
import { onTestFinished } from 'vitest';
import WebSocket from 'ws';

/** A graphql-ws client of the gateway, disposed when the test finishes. */
export function connect(url: string, bearer: string): Client {
  const client = createClient({
    url: url.replace('http', 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${bearer}` },
    retryAttempts: 0,
    lazy: true,
  });
  onTestFinished(() => client.dispose());
  return client;
}

export type Stream = ReturnType<typeof collect>;

/** Subscribes and collects results; `next(n)` waits until n results or errors have arrived. */
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
  onTestFinished(() => dispose());
  return {
    results,
    errors,
    dispose,
    get completed() {
      return completed;
    },
    next: (n: number) => new Promise<void>((resolve) => ((waiting = { n, resolve }), check())),
  };
}

/**
 * Subscriptions register asynchronously and graphql-ws has no "subscribed" acknowledgement:
 * make probe changes until every stream has heard at least one.
 */
export async function probeUntilHeard(streams: Stream[], probe: (i: number) => Promise<unknown>) {
  for (let i = 0; i < 40 && streams.some((s) => s.results.length === 0); i++) {
    await probe(i);
    await Promise.race([
      Promise.all(streams.map((s) => s.next(1))),
      new Promise((r) => setTimeout(r, 250)),
    ]);
  }
  if (streams.some((s) => s.results.length === 0))
    throw new Error('A subscription never heard a probe.');
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
