import type { Logger } from "pino";
import { createClient } from "redis";
import { LocalSubscribers, type EventBus, type EventBusHealth } from "./event-bus";

/** Every channel this server uses starts with this, so that it can share a Redis with other programs. */
export const CHANNEL_PREFIX = "knowledge-graph:";

/** Reconnection waits grow from 100 ms to at most 2 s, and never give up: Redis may be down for minutes. */
export const reconnectDelay = (retries: number): number => Math.min(100 * 2 ** retries, 2000);

type Client = ReturnType<typeof createClient>;

/**
 * Events shared by every replica that uses the same Redis: a publish goes to a Redis channel, and
 * each replica's subscriber connection hands what arrives on the channels its own subscriptions
 * read to them. Redis going away is not an error of the server: queries and writes go on, an event
 * published meanwhile reaches this replica's subscribers only, the outage is logged once (and its
 * end once), and both connections reconnect by themselves, the subscriber listening again to every
 * channel before it reports ready.
 */
export class RedisEventBus implements EventBus {
  private readonly publisher: Client;
  private readonly subscriber: Client;
  private readonly local: LocalSubscribers;
  private down = false;

  constructor(
    url: string,
    private readonly logger: Logger,
  ) {
    // A publish while Redis is down fails at once (no offline queue) rather than piling up for later.
    this.publisher = createClient({ url, disableOfflineQueue: true, socket: { reconnectStrategy: reconnectDelay } });
    this.subscriber = createClient({ url, socket: { reconnectStrategy: reconnectDelay } });
    this.local = new LocalSubscribers(
      (topic) => void this.subscriber.subscribe(CHANNEL_PREFIX + topic, (message) => this.receive(topic, message)).catch((error) => this.failed(error)),
      (topic) => void this.subscriber.unsubscribe(CHANNEL_PREFIX + topic).catch((error) => this.failed(error)),
    );
    for (const client of [this.publisher, this.subscriber]) {
      client.on("error", (error: unknown) => this.failed(error));
      client.on("ready", () => this.recovered());
      void client.connect().catch((error) => this.failed(error));
    }
  }

  publish(topic: string, payload: unknown): void {
    if (!this.publisher.isReady) {
      this.local.deliver(topic, payload);
      return;
    }
    this.publisher.publish(CHANNEL_PREFIX + topic, JSON.stringify(payload)).catch((error) => {
      this.failed(error);
      this.local.deliver(topic, payload);
    });
  }

  subscribe(topic: string): AsyncIterableIterator<unknown> {
    return this.local.subscribe(topic);
  }

  health(): EventBusHealth {
    return { redis: this.publisher.isReady && this.subscriber.isReady ? "up" : "down" };
  }

  close(): Promise<void> {
    for (const client of [this.publisher, this.subscriber]) {
      client.removeAllListeners();
      // Swallows what a connection that is already down reports while it is torn down.
      client.on("error", () => {});
      if (client.isOpen) client.destroy();
    }
    return Promise.resolve();
  }

  private receive(topic: string, message: string): void {
    try {
      this.local.deliver(topic, JSON.parse(message));
    } catch (error) {
      this.logger.warn({ err: error, topic }, "A live-update event from Redis was not JSON; it was dropped");
    }
  }

  private failed(error: unknown): void {
    if (this.down) return;
    this.down = true;
    this.logger.error(
      { err: error },
      "Redis is unreachable: live updates reach this replica's subscribers only until it is back (queries are not affected); reconnecting",
    );
  }

  private recovered(): void {
    if (!this.down || !this.publisher.isReady || !this.subscriber.isReady) return;
    this.down = false;
    this.logger.info("Redis is reachable again: live updates are shared between replicas again");
  }
}
