/**
 * A small seeded PRNG (mulberry32): the generator must give byte-identical files for the same
 * options, so nothing here reads Math.random or the clock. Each property group draws from its own
 * stream (seed and group number mixed), so a group's facts do not depend on how many numbers the
 * groups before it drew: the three formats render the same world, and injecting a defect in one
 * group cannot shift another.
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** The stream for one numbered thing (a group, a defect plan) under a seed. */
  static for(seed: number, ...parts: number[]): Random {
    let hash = mix(seed ^ 0x9e3779b9);
    for (const part of parts) hash = mix(hash ^ mix(part + 0x7f4a7c15));
    return new Random(hash);
  }

  /** A float in [0, 1): used only to choose, never for money. */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** A whole number from `min` to `max`, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** One of the items, each as likely as its weight. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [item, weight] of items) {
      roll -= weight;
      if (roll < 0) return item;
    }
    return items[items.length - 1][0];
  }
}

/** A 32-bit integer hash (from the murmur3 finaliser): spreads nearby seeds far apart. */
function mix(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
