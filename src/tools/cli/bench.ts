import "reflect-metadata";
import fs from "node:fs";
import path from "node:path";
import { ConfigError, getConfig, loadConfig, PROJECT_ROOT } from "../../config";
import { formatOverhead, measureOverhead, type OverheadOptions } from "../bench/overhead";
import { formatProfile, profileMix } from "../bench/profile-mix";
import { formatReport, runBench, type BenchOptions } from "../bench/run-bench";
import { ManagedNeo4jError } from "../../neo4j-server/managed-neo4j.error";
import { withDatabase } from "../../cli/with-database";

const USAGE = `Usage: npm run bench -- [--duration S] [--connections 1,16] [--only 1,6] [--profile]
       npm run bench -- --overhead [--requests N] [--only 1,2]

Runs the fixed query mix (lookup by name; company > executives > positions; company > agreements >
parties, markets; full-text search; two-hop neighborhood; shortest path between two people;
agreements by market) against this server, against the same queries as hand-written Cypher (the
floor) and against @neo4j/graphql over the same database (the peer), with autocannon. Prints a table
with p50/p99 latency, requests per second and the ratios, and writes it as JSON to .bench/.
It measures whatever graph the database holds: the seed graph, or the one npm run generate wrote.
  --duration S        seconds per run (default 5)
  --connections LIST  concurrency levels (default 1,16)
  --only LIST         only the queries with these numbers, and/or ingest (default: all seven and ingest)
  --profile           measure nothing: PROFILE each query's floor and each statement our server sends
                      for it, and print their db hits, rows and server time


With --overhead it measures instead where one request's time goes before its first Cypher statement is
sent (express middleware, context, parse, validation, resolvers, query slot...), for queries 1 and 2 by
default: the server runs in this process with production settings, requests go one at a time, and each
phase's median and mean are printed in microseconds, with the document cached and with a new document
each time, followed by the pieces of the path timed alone.
  --requests N        measured requests per query and kind (default 2000)`;

/** Reads the flags; a bad value throws a ConfigError naming the flag. */
export function parseBenchArgs(args: string[]): BenchOptions {
  const options: BenchOptions = { durationSeconds: 5, connections: [1, 16], only: [] };
  // --profile is the one flag without a value; the others come in pairs.
  if (args.includes("--profile")) options.profile = true;
  const pairs = args.filter((arg) => arg !== "--profile");
  for (let i = 0; i < pairs.length; i += 2) {
    const [flag, value = ""] = [pairs[i], pairs[i + 1]];
    const list = value.split(",").filter(Boolean);
    if (flag === "--duration") {
      options.durationSeconds = Number(value);
      if (!Number.isInteger(options.durationSeconds) || options.durationSeconds < 1 || options.durationSeconds > 600)
        throw new ConfigError("--duration", `must be whole seconds from 1 to 600, got "${value}"`);
    } else if (flag === "--connections") {
      options.connections = list.map(Number);
      if (list.length === 0 || options.connections.some((n) => !Number.isInteger(n) || n < 1 || n > 256))
        throw new ConfigError("--connections", `must be a list of whole numbers from 1 to 256, got "${value}"`);
    } else if (flag === "--only") {
      options.only = list;
      if (list.length === 0 || list.some((n) => !/^([1-7]|ingest)$/.test(n)))
        throw new ConfigError("--only", `must be a list of query numbers from 1 to 7 and/or "ingest", got "${value}"`);
    } else {
      throw new ConfigError(flag, "is not an option of npm run bench (see --help)");
    }
  }
  return options;
}

/** Reads the flags of --overhead (given without it); a bad value throws a ConfigError naming the flag. */
export function parseOverheadArgs(args: string[]): OverheadOptions {
  const options: OverheadOptions = { requests: 2000, only: ["1", "2"] };
  for (let i = 0; i < args.length; i += 2) {
    const [flag, value = ""] = [args[i], args[i + 1]];
    if (flag === "--requests") {
      options.requests = Number(value);
      if (!Number.isInteger(options.requests) || options.requests < 1 || options.requests > 1_000_000)
        throw new ConfigError("--requests", `must be a whole number from 1 to 1000000, got "${value}"`);
    } else if (flag === "--only") {
      options.only = value.split(",").filter(Boolean);
      if (options.only.length === 0 || options.only.some((n) => !/^[1-7]$/.test(n)))
        throw new ConfigError("--only", `must be a list of query numbers from 1 to 7, got "${value}"`);
    } else {
      throw new ConfigError(flag, "is not an option of npm run bench -- --overhead (see --help)");
    }
  }
  return options;
}

/** `npm run bench -- --overhead`: the server in this process, with the settings `npm run bench` gives its own server process. */
async function runOverhead(args: string[]): Promise<void> {
  const options = parseOverheadArgs(args);
  const config = loadConfig({ ...process.env, NODE_ENV: "production" });
  const report = await withDatabase(
    config,
    (gateway) => measureOverhead(config, gateway, options, (line) => console.error(line)),
    (line) => console.log(line),
  );
  console.log(formatOverhead(report));
}

if (require.main === module && process.argv.includes("--overhead") && !process.argv.some((arg) => arg === "--help" || arg === "-h")) {
  runOverhead(process.argv.slice(2).filter((arg) => arg !== "--overhead")).then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(
        error instanceof ConfigError || error instanceof ManagedNeo4jError ? error.message : `Overhead measurement failed: ${(error as Error).message}`,
      );
      process.exit(1);
    },
  );
} else if (require.main === module) {
  const args = process.argv.slice(2);
  if (args.includes("--help") || args.includes("-h")) {
    console.log(USAGE);
    process.exit(0);
  }
  const config = getConfig();
  (async () => {
    const options = parseBenchArgs(args);
    if (options.profile) {
      const profile = await withDatabase(
        config,
        (gateway) => profileMix(config, gateway, options.only, (line) => console.error(line)),
        (line) => console.log(line),
      );
      console.log(formatProfile(profile));
      return;
    }
    const report = await withDatabase(
      config,
      (gateway) => runBench(config, gateway, options, (line) => console.error(line)),
      (line) => console.log(line),
    );
    console.log(formatReport(report));
    const dir = path.join(PROJECT_ROOT, ".bench");
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `bench-${report.startedAt.replace(/[:.]/g, "-")}.json`);
    fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
    fs.copyFileSync(file, path.join(dir, "latest.json"));
    console.log(`Written to ${path.relative(PROJECT_ROOT, file)} and .bench/latest.json`);
  })().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error instanceof ConfigError || error instanceof ManagedNeo4jError ? error.message : `Bench failed: ${(error as Error).message}`);
      process.exit(1);
    },
  );
}
