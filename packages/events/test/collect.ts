/** Collects values from a callback and lets a test await the n-th one instead of sleeping. */
export function collect<T>() {
  const items: T[] = [];
  const waiting: { count: number; resolve: (items: T[]) => void }[] = [];
  return {
    items,
    push(item: T) {
      items.push(item);
      for (const waiter of [...waiting]) {
        if (items.length < waiter.count) continue;
        waiting.splice(waiting.indexOf(waiter), 1);
        waiter.resolve([...items]);
      }
    },
    /** Resolves with everything collected once there are at least `count` items. */
    until(count: number): Promise<T[]> {
      if (items.length >= count) return Promise.resolve([...items]);
      return new Promise((resolve) => waiting.push({ count, resolve }));
    },
  };
}
