// A small seeded PRNG for seed data: the same seed always yields the same base.

/** Deterministic random choices drawn from one mulberry32 stream. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** A float spread evenly over orders of magnitude in [min, max); both must be positive. */
  logUniform(min: number, max: number): number;
  /** True with the given probability. */
  chance(probability: number): boolean;
  /** One item, each equally likely. */
  pick<T>(items: readonly T[]): T;
  /** One value, chosen in proportion to its weight. */
  pickWeighted<T>(items: readonly (readonly [value: T, weight: number])[]): T;
  /** `count` distinct items in their original order (all of them when there are fewer). */
  sample<T>(items: readonly T[], count: number): T[];
}

/** Creates a mulberry32 generator; any 32-bit integer is a valid seed. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;

  function next(): number {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }

  function int(min: number, max: number): number {
    return min + Math.floor(next() * (max - min + 1));
  }

  function pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('Cannot pick from an empty list.');
    return items[Math.floor(next() * items.length)] as T;
  }

  function pickWeighted<T>(items: readonly (readonly [value: T, weight: number])[]): T {
    if (items.length === 0) throw new RangeError('Cannot pick from an empty list.');
    let total = 0;
    for (const [, weight] of items) total += weight;
    let roll = next() * total;
    for (const [value, weight] of items) {
      roll -= weight;
      if (roll < 0) return value;
    }
    // Only reached through floating-point rounding on the last item.
    return (items[items.length - 1] as readonly [T, number])[0];
  }

  function sample<T>(items: readonly T[], count: number): T[] {
    // Selection sampling (Knuth's algorithm S) keeps the original order.
    const chosen: T[] = [];
    let needed = Math.min(count, items.length);
    for (let i = 0; i < items.length && needed > 0; i++) {
      if (next() * (items.length - i) < needed) {
        chosen.push(items[i] as T);
        needed--;
      }
    }
    return chosen;
  }

  return {
    next,
    int,
    logUniform: (min, max) => Math.exp(Math.log(min) + next() * (Math.log(max) - Math.log(min))),
    chance: (probability) => next() < probability,
    pick,
    pickWeighted,
    sample,
  };
}
