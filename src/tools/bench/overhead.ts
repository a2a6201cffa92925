import http from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import type { ApolloServerPlugin } from "@apollo/server";
import { validateOrReject } from "class-validator";
import { parse, specifiedRules, validate } from "graphql";
import pino, { type Bindings, type ChildLoggerOptions, type Logger } from "pino";
import type { Config } from "../../config";
import type { Neo4jGateway } from "../../db/neo4j-gateway";
import { buildGraphSchema } from "../../graphql/build-schema";
import { createContext, type GraphContext } from "../../graphql/context";
import { EntityArgs } from "../../graphql/entity/entity.args";
import { nameKey } from "../../model/name-key";
import { createApp } from "../../server/create-app";
import { createLogger } from "../../server/logger";
import { queryLimits } from "../../server/query-limits";
import { countTokens } from "../../server/token-limit";
import { queryMix, type MixQuery } from "./query-mix";
import { chooseTargets } from "./run-bench";

export interface OverheadOptions {
  /** Measured requests per query and per kind (same document, new document each time). */
  requests: number;
  /** The bench queries to measure, by number ("1", "2"). */
  only: string[];
}

/** A phase's duration over the measured requests, in microseconds. */
export interface Figure {
  median: number;
  mean: number;
}

export interface OverheadRow {
  phase: string;
  /** The same document every time: Apollo's document cache answers, nothing is parsed or validated. */
  cached: Figure | null;
  /** A new document each time (a changed comment): parsed and validated on every request. */
  uncached: Figure | null;
}

export interface OverheadReport {
  requests: number;
  queries: {
    name: string;
    statements: number;
    /** CPU time of this process (server, driver and the measuring client) per request, in microseconds: less noisy than wall-clock time on a busy machine. */
    cpu: { cached: number; uncached: number };
    rows: OverheadRow[];
  }[];
  /** Pieces of the request path timed alone, in microseconds per call. */
  pieces: { piece: string; micros: number }[];
}

type Moment =
  | "in"
  | "context"
  | "apollo"
  | "source"
  | "parseStart"
  | "parseEnd"
  | "validateStart"
  | "validateEnd"
  | "operation"
  | "execution"
  | "read"
  | "sent"
  | "back"
  | "logStart"
  | "logEnd"
  | "willSend"
  | "out";

type Stamps = Partial<Record<Moment, number>>;

const PHASES: { phase: string; from: Moment; to: Moment }[] = [
  { phase: "HTTP in: express, cors, JSON body, token count, auth", from: "in", to: "context" },
  { phase: "context (repositories, DataLoader), Apollo HTTP handling", from: "context", to: "apollo" },
  { phase: "Apollo request start: plugins, query hash", from: "apollo", to: "source" },
  { phase: "document: cache lookup, or parse and validate", from: "source", to: "operation" },
  { phase: "  of which parse", from: "parseStart", to: "parseEnd" },
  { phase: "  of which validate (graphql's rules, limit rules)", from: "validateStart", to: "validateEnd" },
  { phase: "operation resolved, to execution start", from: "operation", to: "execution" },
  { phase: "resolvers to first read: args, class-validator, plan", from: "execution", to: "read" },
  { phase: "query slot", from: "read", to: "sent" },
  { phase: "= request in to first statement to the driver", from: "in", to: "sent" },
  { phase: "first statement: driver, Neo4j, rows converted", from: "sent", to: "back" },
  { phase: "rest: other statements, results, formatting, log", from: "back", to: "willSend" },
  { phase: "  of which the request log line (info, /dev/null)", from: "logStart", to: "logEnd" },
  { phase: "response written", from: "willSend", to: "out" },
  { phase: "= total, request in to response written", from: "in", to: "out" },
];

/** The moments of the request in flight; requests run one at a time, so one record is enough. */
class Recorder {
  current: Stamps = {};
  private finished: (() => void) | null = null;

  /** Records the first time a moment is reached in the current request. */
  stamp = (moment: Moment): void => {
    if (this.current[moment] === undefined) this.current[moment] = performance.now();
  };

  expectRequest(): Promise<void> {
    return new Promise((resolve) => (this.finished = resolve));
  }

  finish(): void {
    this.stamp("out");
    this.finished?.();
  }
}

/** An Apollo plugin that stamps each stage of the request pipeline. */
function timingPlugin(stamp: (moment: Moment) => void): ApolloServerPlugin<GraphContext> {
  const ended = (moment: Moment) => () => Promise.resolve(stamp(moment));
  return {
    requestDidStart() {
      stamp("apollo");
      return Promise.resolve({
        didResolveSource: () => Promise.resolve(stamp("source")),
        parsingDidStart: () => Promise.resolve((stamp("parseStart"), ended("parseEnd"))),
        validationDidStart: () => Promise.resolve((stamp("validateStart"), ended("validateEnd"))),
        didResolveOperation: () => Promise.resolve(stamp("operation")),
        executionDidStart: () => Promise.resolve((stamp("execution"), undefined)),
        willSendResponse: () => Promise.resolve(stamp("willSend")),
      });
    },
  };
}

type GatewayInternals = {
  read: (...args: unknown[]) => Promise<unknown>;
  readNow: (...args: unknown[]) => Promise<unknown>;
};

/**
 * Stamps the moments a request's gateway is made (in createContext), is first asked to read, first
 * hands a statement to the driver (after the query slot) and first has its rows back. Returns what
 * undoes it.
 */
function instrumentGateway(gateway: Neo4jGateway, stamp: (moment: Moment) => void): () => void {
  const forRequest = Object.getPrototypeOf(gateway) as Pick<Neo4jGateway, "forRequest">;
  gateway.forRequest = function (this: Neo4jGateway, ...args: Parameters<Neo4jGateway["forRequest"]>) {
    stamp("context");
    const made = forRequest.forRequest.apply(this, args);
    const view = made.gateway as unknown as GatewayInternals;
    const { read, readNow } = view;
    view.read = async function (this: unknown, ...args: unknown[]) {
      stamp("read");
      try {
        return await read.apply(this, args);
      } finally {
        stamp("back");
      }
    };
    view.readNow = function (this: unknown, ...args: unknown[]) {
      stamp("sent");
      return readNow.apply(this, args);
    };
    return made;
  };
  return () => delete (gateway as Partial<Neo4jGateway>).forRequest;
}

/** Stamps the start and end of every line `logger` and its children log at info. */
function timeLines(logger: Logger, stamp: (moment: Moment) => void): Logger {
  const info = logger.info.bind(logger);
  logger.info = (...args: Parameters<Logger["info"]>) => {
    stamp("logStart");
    info(...args);
    stamp("logEnd");
  };
  type Child = (bindings: Bindings, options?: ChildLoggerOptions) => Logger;
  const child = logger.child.bind(logger) as unknown as Child;
  logger.child = ((bindings, options) => timeLines(child(bindings, options), stamp)) as Child as unknown as Logger["child"];
  return logger;
}

/** A production-like request logger (info, synchronous writes) that goes to /dev/null and stamps each line. */
function timedLogger(config: Config, stamp: (moment: Moment) => void): Logger {
  return timeLines(createLogger({ ...config, logLevel: "info" }, pino.destination({ dest: "/dev/null", sync: true })), stamp);
}

function post(agent: http.Agent, port: number, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        agent,
        port,
        host: "127.0.0.1",
        path: "/graphql",
        method: "POST",
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
      },
      (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (text += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, text }));
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

function figure(values: number[]): Figure | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median: median * 1000, mean: (values.reduce((sum, value) => sum + value, 0) / values.length) * 1000 };
}

/** Each phase's figure over a set of requests' stamps; a phase no request reached (parse on a cache hit) is null. */
function phaseFigures(samples: Stamps[]): (Figure | null)[] {
  return PHASES.map(({ from, to }) =>
    figure(samples.flatMap((stamps) => (stamps[from] !== undefined && stamps[to] !== undefined ? [stamps[to] - stamps[from]] : []))),
  );
}

interface Client {
  agent: http.Agent;
  port: number;
  recorder: Recorder;
}

/**
 * Sends `count` requests one after another (`warmup` more first, unrecorded) and returns each
 * measured request's stamps, and the process's CPU time per measured request in microseconds.
 */
async function sendAll(client: Client, bodyOf: (i: number) => string, count: number, warmup: number): Promise<{ samples: Stamps[]; cpu: number }> {
  const samples: Stamps[] = [];
  let cpuStart = process.cpuUsage();
  for (let i = 0; i < warmup + count; i += 1) {
    if (i === warmup) cpuStart = process.cpuUsage();
    const finished = client.recorder.expectRequest();
    const { status, text } = await post(client.agent, client.port, bodyOf(i));
    await finished;
    if (status !== 200 || text.includes('"errors"')) throw new Error(`The server answered ${status}: ${text.slice(0, 300)}`);
    if (i >= warmup) samples.push(client.recorder.current);
  }
  const cpu = process.cpuUsage(cpuStart);
  return { samples, cpu: (cpu.user + cpu.system) / count };
}

/** One query measured twice over: the same document each time (cached) and a new one each time (parsed and validated). */
async function measureQuery(client: Client, query: MixQuery, requests: number, statementsSent: () => number) {
  const body = (text: string) => JSON.stringify({ query: text, variables: query.ours.variables });
  const same = body(query.ours.query);
  const before = statementsSent();
  const cached = await sendAll(client, () => same, requests, Math.min(200, requests));
  const statements = (statementsSent() - before) / (requests + Math.min(200, requests));
  const uncached = await sendAll(client, (i) => body(`${query.ours.query}\n# request ${i} of ${query.name}`), requests, 20);
  const cachedFigures = phaseFigures(cached.samples);
  const uncachedFigures = phaseFigures(uncached.samples);
  return {
    name: query.name,
    statements,
    cpu: { cached: cached.cpu, uncached: uncached.cpu },
    rows: PHASES.map(({ phase }, i) => ({ phase, cached: cachedFigures[i], uncached: uncachedFigures[i] })),
  };
}

/** Microseconds per call of `work`, after a warm-up. */
async function perCall(iterations: number, work: () => unknown): Promise<number> {
  for (let i = 0; i < Math.min(iterations, 500); i += 1) await work();
  const started = performance.now();
  for (let i = 0; i < iterations; i += 1) await work();
  return ((performance.now() - started) * 1000) / iterations;
}

/** Pieces of the request path timed alone: what the phases above are made of. */
async function measurePieces(config: Config, gateway: Neo4jGateway, queries: MixQuery[], iterations: number) {
  const schema = await buildGraphSchema();
  const limitRules = queryLimits(config);
  const pieces: { piece: string; micros: number }[] = [];
  for (const query of queries) {
    const text = query.ours.query;
    const document = parse(text);
    const label = query.name.split(" ")[0];
    pieces.push(
      { piece: `query ${label}: token count (token-limit.ts)`, micros: await perCall(iterations, () => countTokens(text, config.limits.maxTokens * 10 + 1)) },
      { piece: `query ${label}: parse`, micros: await perCall(iterations, () => parse(text)) },
      { piece: `query ${label}: validate, graphql's own rules`, micros: await perCall(iterations, () => validate(schema, document, specifiedRules)) },
      { piece: `query ${label}: validate, the four limit rules`, micros: await perCall(iterations, () => validate(schema, document, limitRules)) },
    );
  }
  const args = Object.assign(new EntityArgs(), { name: "Foton" });
  const silent = createLogger({ ...config, logLevel: "silent" });
  const info = createLogger({ ...config, logLevel: "info" }, pino.destination({ dest: "/dev/null", sync: true }));
  const unredacted = info.child({}, { redact: [] });
  const line = () => ({ requestId: "r", operationName: "Lookup", durationMs: 1.5, roundTrips: 1, errorCodes: [], status: 200 });
  pieces.push(
    {
      piece: "class-validator on EntityArgs (type-graphql's options)",
      micros: await perCall(iterations, () => validateOrReject(args, { skipMissingProperties: true, forbidUnknownValues: false })),
    },
    { piece: "createContext: repositories, services, DataLoader", micros: await perCall(iterations, () => createContext(gateway)) },
    { piece: "a log line, level info, redacted, to /dev/null", micros: await perCall(iterations, () => info.info(line(), "graphql request")) },
    { piece: "the same line without redaction", micros: await perCall(iterations, () => unredacted.info(line(), "graphql request")) },
    { piece: "request log line, level silent", micros: await perCall(iterations, () => silent.info(line(), "graphql request")) },
  );
  return pieces;
}

/**
 * Measures where a request's time goes before its first Cypher statement is sent, for bench queries
 * (1 and 2 by default): the app runs in this process over the database, with a plugin and a gateway
 * wrapper that stamp each stage, and requests go one at a time over loopback HTTP. Each query is
 * sent with the same document (Apollo's document cache answers) and with a new document each time
 * (parsed and validated every time); then the pieces of the path are timed alone.
 */
export async function measureOverhead(config: Config, gateway: Neo4jGateway, options: OverheadOptions, log: (line: string) => void): Promise<OverheadReport> {
  const { targets } = await chooseTargets(gateway);
  const mix = queryMix(targets, nameKey(targets.companyName)).filter((query) => options.only.some((prefix) => query.name.startsWith(`${prefix} `)));
  const recorder = new Recorder();
  const restore = instrumentGateway(gateway, recorder.stamp);
  const { httpServer, apollo } = await createApp(config, gateway, { seedLoaded: true, seedErrors: [] }, timedLogger(config, recorder.stamp), [
    timingPlugin(recorder.stamp),
  ]);
  httpServer.prependListener("request", (_request, response: http.ServerResponse) => {
    recorder.current = { in: performance.now() };
    response.once("finish", () => recorder.finish());
  });
  await new Promise<void>((resolve) => httpServer.listen(0, "127.0.0.1", resolve));
  const client: Client = { agent: new http.Agent({ keepAlive: true, maxSockets: 1 }), port: (httpServer.address() as AddressInfo).port, recorder };
  const queries: OverheadReport["queries"] = [];
  try {
    for (const query of mix) {
      log(`${query.name}: ${options.requests} requests with the same document, ${options.requests} with a new one each ...`);
      queries.push(await measureQuery(client, query, options.requests, () => gateway.statementsSent));
    }
  } finally {
    client.agent.destroy();
    await apollo.stop();
    restore();
  }
  log("timing the pieces alone ...");
  return { requests: options.requests, queries, pieces: await measurePieces(config, gateway, mix, Math.max(options.requests, 1000)) };
}

/** The report as plain-text tables: per phase, the median (mean) in microseconds, cached and uncached. */
export function formatOverhead(report: OverheadReport): string {
  const cell = (value: Figure | null) => (value ? `${value.median.toFixed(0)} (${value.mean.toFixed(0)})` : "-").padStart(16);
  const lines: string[] = [];
  for (const query of report.queries) {
    lines.push(
      `Query ${query.name}: ${report.requests} requests one at a time, ${query.statements.toFixed(1)} statements each; median (mean) in µs`,
      `${"phase".padEnd(54)} ${"same document".padStart(16)} ${"new document".padStart(16)}`,
      ...query.rows.map((row) => `${row.phase.padEnd(54)} ${cell(row.cached)} ${cell(row.uncached)}`),
      `${"CPU time of the process per request".padEnd(54)} ${query.cpu.cached.toFixed(0).padStart(16)} ${query.cpu.uncached.toFixed(0).padStart(16)}`,
      "",
    );
  }
  lines.push("Pieces timed alone, µs per call:", ...report.pieces.map(({ piece, micros }) => `  ${piece.padEnd(60)} ${micros.toFixed(1).padStart(8)}`));
  return lines.join("\n");
}
