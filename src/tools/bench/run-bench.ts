import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import autocannon from "autocannon";
import { PROJECT_ROOT, type Config } from "../../config";
import type { Neo4jGateway } from "../../db/neo4j-gateway";
import { nameKey } from "../../model/name-key";
import { asOfCostLines, measureAsOfCost, type AsOfCost } from "./as-of-cost";
import { benchIngest, type IngestMeasure } from "./bench-ingest";
import { PEER_READY } from "./peer-server";
import { queryMix, type BenchTargets, type MixQuery } from "./query-mix";

export interface BenchOptions {
  durationSeconds: number;
  connections: number[];
  /** Only the queries whose name starts with one of these numbers ("1", "6"); all when empty. */
  only: string[];
  /** PROFILE the queries instead of measuring them (see profile-mix.ts). */
  profile?: boolean;
}

export interface Measure {
  p50: number;
  p99: number;
  rps: number;
  errors: number;
}

const WARM_UP_SECONDS = 2;
/** Requests of each as-of variant and of its base query, alternately, for the as-of cost. */
const AS_OF_ROUNDS = 60;

export interface BenchRow {
  query: string;
  connections: number;
  ours: Measure;
  floor: Measure;
  peer: Measure | null;
  oursOverFloorP50: number;
  oursOverPeerRps: number | null;
}

export interface BenchReport {
  startedAt: string;
  graph: { nodes: number; relationships: number };
  targets: BenchTargets;
  pathHops: number | null;
  durationSeconds: number;
  oursMaxRssMb: number;
  /** The peer's, sampled the same way in the same run. */
  peerMaxRssMb: number;
  rows: BenchRow[];
  /** Each as-of variant against its base query, measured alternately (see measureAsOfCost). */
  asOfCost: AsOfCost[];
  ingest: IngestMeasure | null;
}

interface Endpoint {
  url: string;
  close(): Promise<void>;
}

interface GraphQLReply {
  errors?: unknown[];
}

function post(url: string, body: unknown): Promise<{ status: number; json: GraphQLReply }> {
  return fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }).then(async (response) => ({
    status: response.status,
    json: (await response.json()) as GraphQLReply,
  }));
}

/** The floor: each query's hand-written Cypher behind a bare HTTP handler, no GraphQL. */
async function startFloor(gateway: Neo4jGateway, mix: MixQuery[]): Promise<Endpoint> {
  const server = http.createServer((request, response) => {
    const query = mix[Number(request.url?.slice(1))];
    request.resume();
    request.on("end", () => {
      gateway.read(query.floor.cypher, query.floor.params).then(
        (rows) => {
          response.writeHead(200, { "content-type": "application/json" });
          response.end(JSON.stringify({ data: rows }));
        },
        (error: Error) => {
          response.writeHead(500);
          response.end(JSON.stringify({ errors: [{ message: error.message }] }));
        },
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/**
 * A built script of this project (`dist/...`) in a process of its own, on a port it picks itself and
 * prints in a line that `ready` matches, so that no other process can take the port first and its
 * memory can be read alone. After that its output goes to logFile, or is drained and dropped.
 */
async function startProcess(
  script: string,
  env: Record<string, string>,
  ready: RegExp,
  logFile?: string,
  nodeFlags: string[] = [],
): Promise<Endpoint & { child: ChildProcess }> {
  const child = spawn(process.execPath, [...nodeFlags, path.join(PROJECT_ROOT, "dist", script)], {
    env: { ...process.env, NODE_ENV: "production", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const deadline = Date.now() + 60_000;
  let match: RegExpMatchArray | null = null;
  while (!(match = ready.exec(output))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`${script} did not start:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const sink = logFile ? fs.createWriteStream(logFile) : null;
  for (const stream of [child.stdout, child.stderr]) {
    stream.removeAllListeners("data");
    if (sink) stream.pipe(sink, { end: false });
    else stream.resume();
  }
  return {
    url: match[1].replace("localhost", "127.0.0.1"),
    child,
    close: async () => {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
      if (sink) await new Promise((resolve) => sink.end(resolve));
    },
  };
}

/** The database the children use: the one this process uses, named by URI so that none of them starts a Neo4j. */
function databaseEnv(config: Config): Record<string, string> {
  return { NEO4J_URI: config.neo4j.uri, NEO4J_USER: config.neo4j.user, NEO4J_PASSWORD: config.neo4j.password, NEO4J_DATABASE: config.neo4j.database };
}

/** The peer: @neo4j/graphql over the same database, with the same model (see peer-server.ts). */
function startPeer(config: Config): Promise<Endpoint & { child: ChildProcess }> {
  return startProcess(path.join("tools", "bench", "peer-server.js"), databaseEnv(config), PEER_READY);
}

/** The heap flags `npm start` gives node (its script in package.json says them once), so that ours runs as it does. */
export function serverNodeFlags(): string[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> };
  return manifest.scripts.start.match(/--max-[\w-]+-size=\d+/g) ?? [];
}

/** Ours: the built server (`node dist/main.js`) in its own process, with npm start's heap flags, so its memory can be read alone. */
export function startOurs(config: Config, extraEnv: Record<string, string> = {}, logFile?: string): Promise<Endpoint & { child: ChildProcess }> {
  // PORT=0: the server takes a free port itself and prints it.
  const env = { PORT: "0", LOAD_SEEDS: "false", ...databaseEnv(config), ...extraEnv };
  return startProcess("main.js", env, /GraphQL server ready at (http:\/\/\S+\/graphql)/, logFile, serverNodeFlags());
}

export function rssMb(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

async function measure(url: string, body: unknown, connections: number, durationSeconds: number): Promise<Measure> {
  const result = await autocannon({
    url,
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
    connections,
    duration: durationSeconds,
  });
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    rps: result.requests.average,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

/** Fails the run when a target answers the query with an error: a fast error is no result. */
async function check(name: string, target: string, url: string, body: unknown): Promise<void> {
  const { status, json } = await post(url, body);
  if (status !== 200 || json.errors) throw new Error(`${target} fails query "${name}": ${JSON.stringify(json.errors ?? json).slice(0, 300)}`);
}

/** Picks what the mix queries: Foton on the seed graph, a mid-sized synthetic company at scale. */
export async function chooseTargets(gateway: Neo4jGateway): Promise<{ targets: BenchTargets; hops: number | null }> {
  const [synthetic] = await gateway.read("find-nodes-by-id", { ids: ["company:syn-50"], nodeKeys: {} });
  const companyId = synthetic ? "company:syn-50" : "company:foton";
  const [company] = await gateway.read("find-nodes-by-id", { ids: [companyId], nodeKeys: {} });
  const companyName = (company?.node as { properties: { name: string } } | undefined)?.properties.name ?? "Foton";
  const [pair] = await gateway.read("bench/bench-find-two-people-apart", { minHops: 4 });
  const targets: BenchTargets = {
    companyId,
    companyName,
    agreementKind: "MOU",
    searchText: synthetic ? "motor" : "battery",
    pathFrom: (pair?.from as string) ?? "person:gerrit-marx",
    pathTo: (pair?.to as string) ?? "company:catl",
  };
  return { targets, hops: (pair?.hops as number | undefined) ?? null };
}

/**
 * Runs the query mix against ours, the floor and the peer, one after the other for each query and
 * concurrency, with autocannon, and returns the figures with the ratios the targets are stated in.
 */
export async function runBench(config: Config, gateway: Neo4jGateway, options: BenchOptions, log: (line: string) => void): Promise<BenchReport> {
  const { targets, hops } = await chooseTargets(gateway);
  const allMix = queryMix(targets, nameKey(targets.companyName));
  const mix = allMix.filter((query) => options.only.length === 0 || options.only.some((prefix) => query.name.startsWith(prefix)));
  const [counts] = await gateway.read("count-graph");
  const ours = await startOurs(config);
  const peer = await startPeer(config).catch(async (error: unknown) => {
    await ours.close();
    throw error;
  });
  const floor = await startFloor(gateway, allMix);
  const maxRss = { ours: rssMb(ours.child.pid!), peer: rssMb(peer.child.pid!) };
  const sampler = setInterval(() => {
    maxRss.ours = Math.max(maxRss.ours, rssMb(ours.child.pid!));
    maxRss.peer = Math.max(maxRss.peer, rssMb(peer.child.pid!));
  }, 250);
  const rows: BenchRow[] = [];
  let asOfCost: AsOfCost[] = [];
  try {
    // One unmeasured pass over the mix first, so that no query pays for a page cache the previous ones warmed.
    for (const query of mix) await measure(ours.url, query.ours, 1, WARM_UP_SECONDS);
    asOfCost = await measureAsOfCost(ours.url, mix, AS_OF_ROUNDS);
    for (const query of mix) {
      const floorUrl = `${floor.url}/${allMix.indexOf(query)}`;
      await check(query.name, "ours", ours.url, query.ours);
      await check(query.name, "floor", floorUrl, {});
      if (query.peer) await check(query.name, "peer", peer.url, query.peer);
      for (const connections of options.connections) {
        log(`${query.name} at concurrency ${connections} ...`);
        const oursMeasure = await measure(ours.url, query.ours, connections, options.durationSeconds);
        const floorMeasure = await measure(floorUrl, {}, connections, options.durationSeconds);
        const peerMeasure = query.peer ? await measure(peer.url, query.peer, connections, options.durationSeconds) : null;
        rows.push({
          query: query.name,
          connections,
          ours: oursMeasure,
          floor: floorMeasure,
          peer: peerMeasure,
          // autocannon reports whole milliseconds; a p50 under 1 ms counts as 1 ms.
          oursOverFloorP50: Math.max(oursMeasure.p50, 1) / Math.max(floorMeasure.p50, 1),
          oursOverPeerRps: peerMeasure && peerMeasure.rps > 0 ? oursMeasure.rps / peerMeasure.rps : null,
        });
      }
    }
  } finally {
    clearInterval(sampler);
    await ours.close();
    await floor.close();
    await peer.close();
  }
  const wantsIngest = options.only.length === 0 || options.only.includes("ingest");
  if (wantsIngest) log("ingest of the seed articles ...");
  const ingest = wantsIngest ? await benchIngest(gateway, config.seedsDir, options.durationSeconds, config.ingest.maxBytes) : null;
  return {
    startedAt: new Date().toISOString(),
    graph: { nodes: counts.nodes as number, relationships: counts.relationships as number },
    targets,
    pathHops: hops,
    durationSeconds: options.durationSeconds,
    oursMaxRssMb: Math.round(maxRss.ours),
    peerMaxRssMb: Math.round(maxRss.peer),
    rows,
    asOfCost,
    ingest,
  };
}

/** The report as a plain-text table with the ratios. */
export function formatReport(report: BenchReport): string {
  const fmt = (m: Measure | null) =>
    m ? `${m.p50.toFixed(0).padStart(5)} ${m.p99.toFixed(0).padStart(5)} ${m.rps.toFixed(0).padStart(6)}` : "     n/a           ";
  const lines = [
    `Graph: ${report.graph.nodes} nodes, ${report.graph.relationships} relationships; ${report.durationSeconds} s per run`,
    `Max RSS: ours ${report.oursMaxRssMb} MB, @neo4j/graphql ${report.peerMaxRssMb} MB (each server in a process of its own)`,
    `Shortest path: ${report.targets.pathFrom} -> ${report.targets.pathTo}${report.pathHops ? ` (${report.pathHops} hops)` : ""}`,
    "",
    `${"query".padEnd(52)} conc | ours p50   p99    rps | floor p50 p99    rps | peer p50  p99    rps | ours/floor p50 | ours/peer rps`,
  ];
  for (const row of report.rows) {
    lines.push(
      `${row.query.padEnd(52)} ${String(row.connections).padStart(4)} | ${fmt(row.ours)} | ${fmt(row.floor)} | ${fmt(row.peer)} | ${row.oursOverFloorP50.toFixed(2).padStart(14)} | ${row.oursOverPeerRps === null ? "n/a".padStart(13) : row.oursOverPeerRps.toFixed(2).padStart(13)}`,
    );
  }
  lines.push(...asOfCostLines(report.asOfCost));
  if (report.ingest) {
    const { ingest } = report;
    lines.push(
      "",
      `Ingest (${ingest.articles} seed articles, ${(ingest.averageBytes / 1024).toFixed(1)} KB on average): extraction alone ${ingest.extractionPerSecond.toFixed(1)} articles/s on one core (target 20); extraction and transactional write ${ingest.ingestPerSecond.toFixed(1)} articles/s`,
    );
  }
  lines.push(
    "",
    "Latency in ms (p50, p99), throughput in requests per second. Errors: " +
      report.rows.reduce((sum, row) => sum + row.ours.errors + row.floor.errors + (row.peer?.errors ?? 0), 0),
  );
  return lines.join("\n");
}
