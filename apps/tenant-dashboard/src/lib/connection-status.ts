// Whether the page can reach the platform: the browser's own online/offline signal and the
// live connection's drops and retries. Writes wait for "online" (queued while offline), and
// the top bar says when the page is offline or reconnecting.
import type { Client } from 'graphql-ws';

export type ConnectionState = 'online' | 'offline' | 'reconnecting';

type Listener = () => void;

export class ConnectionStatus {
  private browserOnline = typeof navigator === 'undefined' ? true : navigator.onLine;
  private liveDropped = false;
  private readonly listeners = new Set<Listener>();

  constructor(live?: Client) {
    if (typeof window !== 'undefined') {
      window.addEventListener('online', () => this.setBrowserOnline(true));
      window.addEventListener('offline', () => this.setBrowserOnline(false));
    }
    // graphql-ws closes with 1000 when the last subscription ends (lazy); anything else is
    // a drop it is retrying.
    live?.on('closed', (event) => {
      const code = (event as { code?: number } | undefined)?.code;
      this.setLiveDropped(code !== 1000);
    });
    live?.on('connected', () => this.setLiveDropped(false));
  }

  getState = (): ConnectionState =>
    !this.browserOnline ? 'offline' : this.liveDropped ? 'reconnecting' : 'online';

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Resolves at once when online, else when the browser is back online. */
  whenOnline(): Promise<void> {
    if (this.browserOnline) return Promise.resolve();
    return new Promise((resolve) => {
      const stop = this.subscribe(() => {
        if (!this.browserOnline) return;
        stop();
        resolve();
      });
    });
  }

  private setBrowserOnline(online: boolean) {
    if (online === this.browserOnline) return;
    this.browserOnline = online;
    this.emit();
  }

  private setLiveDropped(dropped: boolean) {
    if (dropped === this.liveDropped) return;
    this.liveDropped = dropped;
    this.emit();
  }

  private emit() {
    for (const listener of [...this.listeners]) listener();
  }
}
