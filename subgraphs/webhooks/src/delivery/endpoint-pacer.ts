/**
 * Spaces requests to each endpoint by its rate limit (requests per second) within this
 * process: `wait` resolves when the endpoint's next slot comes.
 */
export function createEndpointPacer() {
  const nextSlot = new Map<string, number>();
  return {
    async wait(endpointId: string, perSecond: number): Promise<void> {
      const now = Date.now();
      const slot = Math.max(now, nextSlot.get(endpointId) ?? 0);
      nextSlot.set(endpointId, slot + 1000 / perSecond);
      if (nextSlot.size > 10_000) {
        for (const [id, at] of nextSlot) if (at < now) nextSlot.delete(id);
      }
      if (slot > now) await new Promise((resolve) => setTimeout(resolve, slot - now));
    },
  };
}
