import { ServiceUnavailableError } from "../errors";

type Waiter = { grant: () => void; timer: NodeJS.Timeout };

/**
 * Caps how many request transactions (the gateway's read and writeTransaction) this process runs in
 * Neo4j at once, and lets writes go first; schema statements and health pings do not queue. Without
 * a cap, a burst of reads makes the database share its cores among them all, so a write that holds a
 * lock on a shared entity (say, a company every new article names) crawls while every other write
 * waits for that lock; with one, each statement runs at full speed and the lock is held briefly.
 * A caller that waits longer than maxWaitMs for a slot gets SERVICE_UNAVAILABLE rather than waiting on.
 */
export class QuerySlots {
  private running = 0;
  private readonly writes: Waiter[] = [];
  private readonly reads: Waiter[] = [];

  constructor(
    private readonly max: number,
    private readonly maxWaitMs: number,
  ) {}

  /** How many slots run a transaction now, how many callers wait for one, and the cap (the metrics report them). */
  usage(): { inUse: number; waiting: number; max: number } {
    return { inUse: this.running, waiting: this.writes.length + this.reads.length, max: this.max };
  }

  /** Runs `work` in a slot, writes ahead of reads. */
  async run<T>(kind: "read" | "write", work: () => Promise<T>): Promise<T> {
    await this.acquire(kind);
    try {
      return await work();
    } finally {
      this.release();
    }
  }

  private acquire(kind: "read" | "write"): Promise<void> {
    if (this.running < this.max) {
      this.running += 1;
      return Promise.resolve();
    }
    const queue = kind === "write" ? this.writes : this.reads;
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        grant: () => {
          clearTimeout(waiter.timer);
          resolve();
        },
        timer: setTimeout(() => {
          queue.splice(queue.indexOf(waiter), 1);
          reject(
            new ServiceUnavailableError(
              `The graph database is busy: this request waited ${this.maxWaitMs} ms for one of its ${this.max} query slots. Try again shortly.`,
            ),
          );
        }, this.maxWaitMs),
      };
      queue.push(waiter);
    });
  }

  private release(): void {
    const next = this.writes.shift() ?? this.reads.shift();
    // The slot passes straight to the next waiter, so `running` stays the same.
    if (next) next.grant();
    else this.running -= 1;
  }
}
