/** A small deterministic pseudo-random generator (mulberry32): the same seed gives the same graph. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** A whole number in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** A skewed index in [0, n): low indexes are picked far more often, giving a few hubs and a long tail. */
  skewed(n: number, skew = 3): number {
    return Math.floor(n * Math.pow(this.next(), skew));
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }
}
