import { Writable } from "node:stream";
import { setTimeout as sleep } from "node:timers/promises";
import { createClient } from "redis";
import { DEVELOPMENT_API_KEY } from "../../src/config";
import { CHANNEL_PREFIX } from "../../src/events/redis-event-bus";
import { LIVE_TOPICS } from "../../src/events/live-events";
import { createLogger } from "../../src/server/logger";
import { INGEST, liveArticle as article } from "./support/live-article";
import { connectLive, nextResult, type LiveClient } from "./support/live-client";
import { startTestApp, type TestApp } from "./support/test-app";
import { openTestGraph, testConfig, type TestGraph } from "./support/test-neo4j";
import { TestRedis } from "./support/test-redis";

const WRITER = { authorization: `Bearer ${DEVELOPMENT_API_KEY}` };

/** A server's log lines, as parsed JSON objects. */
function capturingLogger(lines: Record<string, unknown>[]) {
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split("\n").filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return createLogger(testConfig({ LOG_LEVEL: "info" }), sink);
}

/** Waits until `check` holds, asking again every 50 ms; the suite's timeout bounds the wait. */
async function until(check: () => Promise<boolean>): Promise<void> {
  while (!(await check())) await sleep(50);
}

async function readiness(app: TestApp): Promise<{ status: number; body: any }> {
  const response = await fetch(`${app.url}/ready`);
  return { status: response.status, body: await response.json() };
}

const redisIs = (app: TestApp, state: "up" | "down") => async () => (await readiness(app)).body.redis === state;

describe("live updates shared through Redis (REDIS_URL)", () => {
  const redis = new TestRedis();
  const logsOfA: Record<string, unknown>[] = [];
  let graph: TestGraph;
  let appA: TestApp;
  let appB: TestApp;
  let live: LiveClient;
  /** What app B's subscriber to documentIngested receives, read on from test to test. */
  let ingested: AsyncIterableIterator<any>;
  let watcher: ReturnType<typeof createClient>;

  /** Subscribers the Redis channel of documentIngested has: app B's bus listens there once its subscription started. */
  const listeners = async () => {
    const counts = await watcher.pubSubNumSub(CHANNEL_PREFIX + LIVE_TOPICS.documentIngested);
    return Number(Object.values(counts)[0] ?? 0);
  };

  beforeAll(async () => {
    await redis.start();
    graph = await openTestGraph();
    await graph.reset();
    const env = { REDIS_URL: redis.url };
    appA = await startTestApp(testConfig(env), graph.gateway, undefined, capturingLogger(logsOfA));
    appB = await startTestApp(testConfig(env), graph.gateway);
    watcher = createClient({ url: redis.url });
    watcher.on("error", () => {});
    await watcher.connect();
    await until(redisIs(appA, "up"));
    await until(redisIs(appB, "up"));
    live = connectLive(appB.url);
    ingested = live.subscribe(`subscription { documentIngested { id title } }`);
    await live.connected;
    await until(async () => (await listeners()) === 1);
  });

  afterAll(async () => {
    await live?.dispose();
    if (watcher?.isOpen) watcher.destroy();
    await appA?.close();
    await appB?.close();
    await graph?.close();
    await redis.remove();
  });

  it("delivers an article ingested through app A to a subscriber of app B", async () => {
    const { data } = await appA.query(INGEST, { input: article("first") }, WRITER);
    expect(await nextResult(ingested)).toEqual({ data: { documentIngested: { id: data.ingestDocument.document.id, title: article("first").title } } });
  });

  it("keeps serving queries and writes while Redis is down, reports it on /ready (still 200) and logs the outage once", async () => {
    await redis.stop("SIGKILL");
    watcher.destroy();
    await until(redisIs(appA, "down"));
    const { data, errors } = await appA.query(`{ company(id: "company:foton") { name } }`);
    expect(errors).toBeUndefined();
    expect(data.company.name).toBe("Foton");
    const written = await appA.query(INGEST, { input: article("offline") }, WRITER);
    expect(written.data.ingestDocument.written).toBe(true);
    expect(await readiness(appA)).toEqual({ status: 200, body: expect.objectContaining({ status: "ready", neo4j: "up", redis: "down" }) });

    await redis.start();
    await until(redisIs(appA, "up"));
    await until(redisIs(appB, "up"));
    const outage = logsOfA.filter((line) => String(line.msg).startsWith("Redis is unreachable"));
    expect(outage).toHaveLength(1);
    expect(outage[0].level).toBe(50);
    expect(logsOfA.filter((line) => String(line.msg).startsWith("Redis is reachable again"))).toHaveLength(1);
  });

  it("delivers events from A to B again once Redis is back on the same port", async () => {
    const { data } = await appA.query(INGEST, { input: article("after") }, WRITER);
    expect(await nextResult(ingested)).toEqual({ data: { documentIngested: { id: data.ingestDocument.document.id, title: article("after").title } } });
  });
});
