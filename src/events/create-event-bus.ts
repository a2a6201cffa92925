import type { Logger } from "pino";
import type { Config } from "../config";
import { InProcessEventBus, type EventBus } from "./event-bus";
import { RedisEventBus } from "./redis-event-bus";

/** The event bus the config asks for: Redis pub/sub when REDIS_URL is set (replicas share events), else this process alone. */
export function createEventBus(config: Config, logger: Logger): EventBus {
  return config.live.redisUrl ? new RedisEventBus(config.live.redisUrl, logger) : new InProcessEventBus();
}
