import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { PROJECT_ROOT, type Config } from "../../config";
import type { Neo4jGateway } from "../../db/neo4j-gateway";
import { IngestService } from "../../ingest/ingest.service";
import { nameKey } from "../../model/name-key";
import { queryMix } from "./query-mix";
import { chooseTargets, rssMb, startOurs } from "./run-bench";
import { summariseRequestLog, type OperationTimes } from "./summarise-request-log";

/** A request slower than this is reported as slow (autocannon gives up on a request after 10 s). */
const SLOW_MS = 5_000;

export interface LoadtestOptions {
  durationSeconds: number;
  connections: number[];
  /** One request in this many is an ingest of a new article; 0 for none. */
  ingestEvery: number;
  /** Seconds of unmeasured load at the first concurrency before the levels; 0 for none. */
  warmupSeconds: number;
}

export interface LoadLevel {
  connections: number;
  requests: number;
  errors: number;
  ingests: number;
  p50: number;
  p99: number;
  rps: number;
  /** How many errors of each code (or HTTP status) there were. */
  errorCodes: Record<string, number>;
  /** Server RSS halfway through this level and at its end, in MB. */
  rssMiddleMb: number;
  rssEndMb: number;
  /** RSS growth from this level's middle to its end, in percent; under 10 means no leak under steady load. */
  growthPercent: number;
}

export interface LoadtestReport {
  startedAt: string;
  durationSeconds: number;
  levels: LoadLevel[];
  /** RSS before the load, in MB. */
  rssStartMb: number;
  /** RSS after the warm-up, in MB (the same as rssStartMb without one). */
  rssWarmMb: number;
  /** Server-side durations per operation over the whole run, from its request log. */
  operations: OperationTimes[];
}

interface LoadDriver {
  url: string;
  /** The query mix, as request bodies. */
  mix: string[];
  key: string;
  /** Marks the articles the run ingests, so they can be deleted afterwards. */
  tag: string;
  ingestEvery: number;
  sent: number;
}

interface LoadCounts {
  errors: number;
  ingests: number;
  errorCodes: Record<string, number>;
}

/** The body and headers of the next request: every ingestEvery-th an ingest of a new article, the rest the mix in turn. */
function nextRequest(driver: LoadDriver, counts: LoadCounts): { body: string; headers: Record<string, string> } {
  driver.sent += 1;
  const { sent, tag } = driver;
  if (driver.ingestEvery > 0 && sent % driver.ingestEvery === 0) {
    counts.ingests += 1;
    const text = `${tag} article ${sent}\n\nNorvik ${sent} Motors AB signed a supply agreement with Foton in Madrid on March 3, 2025.`;
    const body = JSON.stringify({
      query: "mutation Ingest($input: IngestDocumentInput!) { ingestDocument(input: $input) { written } }",
      variables: { input: { title: `${tag} article ${sent}`, text, publishedOn: "2025-03-04" } },
    });
    return { body, headers: { "content-type": "application/json", authorization: `Bearer ${driver.key}` } };
  }
  return { body: driver.mix[sent % driver.mix.length], headers: { "content-type": "application/json" } };
}

/** Runs the mix (and its share of ingests) at one concurrency for some seconds, counting errors by code. */
async function drive(driver: LoadDriver, connections: number, seconds: number, counts: LoadCounts) {
  const result = await autocannon({
    url: driver.url,
    connections,
    duration: seconds,
    requests: [
      {
        method: "POST",
        setupRequest: (request) => ({ ...request, ...nextRequest(driver, counts) }),
        onResponse: (status, body) => {
          if (status === 200 && !body.includes('"errors"')) return;
          counts.errors += 1;
          const code = body.match(/"code":"(\w+)"/)?.[1] ?? `HTTP ${status}`;
          counts.errorCodes[code] = (counts.errorCodes[code] ?? 0) + 1;
        },
      },
    ],
  });
  if (result.timeouts) counts.errorCodes.timeout = (counts.errorCodes.timeout ?? 0) + result.timeouts;
  return result;
}

/**
 * Drives our server (its own process, production settings) with the bench query mix plus a share of
 * ingests of new articles, for a fixed time at each concurrency. Any non-200 answer or GraphQL error
 * counts as an error. RSS is read before the load, halfway through it and at its end. The ingested
 * articles are deleted afterwards, so the graph is left as it was.
 */
export async function runLoadtest(config: Config, gateway: Neo4jGateway, options: LoadtestOptions, log: (line: string) => void): Promise<LoadtestReport> {
  const { targets } = await chooseTargets(gateway);
  const mix = queryMix(targets, nameKey(targets.companyName)).map((query) => JSON.stringify(query.ours));
  const key = randomBytes(24).toString("hex");
  const tag = `Loadtest ${Date.now()}`;
  const logFile = path.join(PROJECT_ROOT, ".bench", "loadtest-server.log");
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const ours = await startOurs(config, { API_KEYS: key }, logFile);
  const pid = ours.child.pid!;
  // Each query once first, so that planning and compilation are not measured as load.
  for (const body of mix) await fetch(ours.url, { method: "POST", headers: { "content-type": "application/json" }, body });
  const levels: LoadLevel[] = [];
  const rssStartMb = Math.round(rssMb(pid));
  const driver: LoadDriver = { url: ours.url, mix, key, tag, ingestEvery: options.ingestEvery, sent: 0 };
  let rssWarmMb = rssStartMb;
  try {
    if (options.warmupSeconds > 0 && options.connections.length > 0) {
      // V8 and the JIT size themselves in the first seconds of load; growth there is not a leak.
      log(`warm-up at concurrency ${options.connections[0]} for ${options.warmupSeconds} s (not measured) ...`);
      await drive(driver, options.connections[0], options.warmupSeconds, { errors: 0, ingests: 0, errorCodes: {} });
      rssWarmMb = Math.round(rssMb(pid));
    }
    for (const connections of options.connections) {
      log(`load at concurrency ${connections} for ${options.durationSeconds} s ...`);
      const counts: LoadCounts = { errors: 0, ingests: 0, errorCodes: {} };
      let rssMiddleMb = 0;
      const middle = setTimeout(() => (rssMiddleMb = Math.round(rssMb(pid))), (options.durationSeconds * 1000) / 2);
      const result = await drive(driver, connections, options.durationSeconds, counts);
      clearTimeout(middle);
      const rssEndMb = Math.round(rssMb(pid));
      levels.push({
        connections,
        requests: result.requests.total,
        // autocannon counts timeouts among its errors.
        errors: counts.errors + result.errors,
        ingests: counts.ingests,
        p50: result.latency.p50,
        p99: result.latency.p99,
        rps: result.requests.average,
        errorCodes: counts.errorCodes,
        rssMiddleMb: rssMiddleMb || rssEndMb,
        rssEndMb,
        growthPercent: rssMiddleMb ? ((rssEndMb - rssMiddleMb) / rssMiddleMb) * 100 : 0,
      });
    }
  } finally {
    await ours.close();
    const service = new IngestService(gateway, config.ingest.maxBytes);
    for (const row of await gateway.read("bench/find-documents-by-title-prefix", { prefix: tag })) await service.delete(row.id as string);
  }
  const operations = summariseRequestLog(logFile, SLOW_MS);
  return { startedAt: new Date().toISOString(), durationSeconds: options.durationSeconds, levels, rssStartMb, rssWarmMb, operations };
}

/** The report as text. */
export function formatLoadtest(report: LoadtestReport): string {
  const lines = [
    `RSS before the load: ${report.rssStartMb} MB; after the warm-up: ${report.rssWarmMb} MB`,
    "",
    "conc | requests  errors  ingests |  p50   p99 ms |    rps | RSS middle  end  growth",
  ];
  for (const level of report.levels) {
    lines.push(
      `${String(level.connections).padStart(4)} | ${String(level.requests).padStart(8)} ${String(level.errors).padStart(7)} ${String(level.ingests).padStart(8)} | ${String(level.p50).padStart(4)} ${String(level.p99).padStart(5)}    | ${level.rps.toFixed(0).padStart(6)} | ${String(level.rssMiddleMb).padStart(6)} MB ${String(level.rssEndMb).padStart(4)} MB ${level.growthPercent.toFixed(1).padStart(5)} %`,
    );
    if (level.errors)
      lines.push(
        `       errors by code: ${Object.entries(level.errorCodes)
          .map(([code, n]) => `${code} ${n}`)
          .join(", ")}`,
      );
  }
  lines.push("", `Server-side time per operation (ms; slow = over ${SLOW_MS / 1000} s):`, "operation                 count    p50    p99    max  slow");
  for (const op of report.operations) {
    lines.push(
      `${op.operationName.padEnd(24)} ${String(op.count).padStart(6)} ${op.p50Ms.toFixed(0).padStart(6)} ${op.p99Ms.toFixed(0).padStart(6)} ${op.maxMs.toFixed(0).padStart(6)} ${String(op.slow).padStart(5)}`,
    );
  }
  lines.push("", "Errors must be 0; RSS growth from a level's middle to its end must stay under 10 % (no leak under steady load).");
  return lines.join("\n");
}
