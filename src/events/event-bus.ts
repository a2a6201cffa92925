import type { PubSub } from "type-graphql";

/** What a shared transport reports to /ready: nothing in-process, Redis's state when REDIS_URL is set. */
export type EventBusHealth = Record<never, never> | { redis: "up" | "down" };

/**
 * Where live-update events go: published by the service layer, read by subscriptions as async
 * iterators. It is type-graphql's PubSub shape, so the same object could serve `@Subscription({ topics })`.
 * `publish` never throws or waits: an event that cannot be delivered is logged, never a failed write.
 */
export interface EventBus extends PubSub {
  publish(topic: string, payload: unknown): void;
  subscribe(topic: string): AsyncIterableIterator<unknown>;
  health(): EventBusHealth;
  close(): Promise<void>;
}

type Listener = (payload: unknown) => void;

/** A subscriber that reads slower than events arrive keeps the latest this many; older ones are dropped rather than held without bound. */
const MAX_BUFFERED = 256;

/** An async iterator fed by `register`, which hands it a push function and returns how to stop the feed; return() stops it. */
function eventStream(register: (push: Listener) => () => void): AsyncIterableIterator<unknown> {
  const buffered: unknown[] = [];
  const waiting: ((result: IteratorResult<unknown>) => void)[] = [];
  let done = false;
  const unregister = register((payload) => {
    const reader = waiting.shift();
    if (reader) reader({ value: payload, done: false });
    else if (buffered.push(payload) > MAX_BUFFERED) buffered.shift();
  });
  const finish = (): Promise<IteratorResult<unknown>> => {
    if (!done) {
      done = true;
      unregister();
      buffered.length = 0;
      for (const reader of waiting.splice(0)) reader({ value: undefined, done: true });
    }
    return Promise.resolve({ value: undefined, done: true });
  };
  return {
    next: () => {
      if (buffered.length > 0) return Promise.resolve({ value: buffered.shift(), done: false });
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve) => waiting.push(resolve));
    },
    return: finish,
    throw: (error: unknown) => finish().then(() => Promise.reject(error instanceof Error ? error : new Error(String(error)))),
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

/**
 * The subscribers of this process, by topic. `onFirst` and `onLast` tell a shared transport when a
 * topic gains its first local subscriber and loses its last, so that it listens to exactly the topics
 * someone here reads.
 */
export class LocalSubscribers {
  private readonly byTopic = new Map<string, Set<Listener>>();

  constructor(
    private readonly onFirst: (topic: string) => void = () => {},
    private readonly onLast: (topic: string) => void = () => {},
  ) {}

  subscribe(topic: string): AsyncIterableIterator<unknown> {
    return eventStream((push) => {
      let listeners = this.byTopic.get(topic);
      if (!listeners) {
        this.byTopic.set(topic, (listeners = new Set()));
        this.onFirst(topic);
      }
      listeners.add(push);
      return () => {
        listeners.delete(push);
        if (listeners.size === 0 && this.byTopic.get(topic) === listeners) {
          this.byTopic.delete(topic);
          this.onLast(topic);
        }
      };
    });
  }

  deliver(topic: string, payload: unknown): void {
    for (const listener of this.byTopic.get(topic) ?? []) listener(payload);
  }

  topics(): string[] {
    return [...this.byTopic.keys()];
  }
}

/** Events within this one process: what a single server needs, and the default when REDIS_URL is not set. */
export class InProcessEventBus implements EventBus {
  private readonly local = new LocalSubscribers();

  publish(topic: string, payload: unknown): void {
    this.local.deliver(topic, payload);
  }

  subscribe(topic: string): AsyncIterableIterator<unknown> {
    return this.local.subscribe(topic);
  }

  health(): EventBusHealth {
    return {};
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

/**
 * The bus of a context made without one (tools, unit tests), and the PubSub type-graphql requires
 * before it builds subscriptions. A server's subscriptions listen on their own app's bus, which the
 * request context carries, so that two servers in one process (or one per replica, through Redis)
 * each have theirs.
 */
export const PROCESS_EVENTS: EventBus = new InProcessEventBus();
