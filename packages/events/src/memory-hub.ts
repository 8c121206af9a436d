type Listener = (payload: string) => void;

const channels = new Map<string, Set<Listener>>();

/** The in-process "wire" memory buses share: one listener set per channel. */
export const memoryHub = {
  /** Starts hearing a channel; returns the function that stops it. */
  listen(channel: string, listener: Listener): () => void {
    const listeners = channels.get(channel) ?? new Set<Listener>();
    channels.set(channel, listeners);
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0) channels.delete(channel);
    };
  },

  /** Sends a message to every listener of the channel, after the caller's turn, like a network would. */
  send(channel: string, payload: string): void {
    for (const listener of channels.get(channel) ?? []) queueMicrotask(() => listener(payload));
  },

  /** How many buses listen on the channel. */
  listenerCount(channel: string): number {
    return channels.get(channel)?.size ?? 0;
  },
};
