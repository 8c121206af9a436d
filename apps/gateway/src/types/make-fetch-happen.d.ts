// The part of make-fetch-happen (Apollo gateway's own HTTP client) the gateway configures.
declare module 'make-fetch-happen' {
  interface FetchDefaults {
    /** Open connections per subgraph origin; further requests wait for one. */
    maxSockets?: number;
    retry?: boolean;
    /** Milliseconds for the whole request, 0 for none. */
    timeout?: number;
  }
  const fetch: {
    defaults(options: FetchDefaults): (url: string, init?: unknown) => Promise<unknown>;
  };
  export default fetch;
}
