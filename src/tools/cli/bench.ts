import "reflect-metadata";
import fs from "node:fs";
import path from "node:path";
import { ConfigError, getConfig, PROJECT_ROOT } from "../../config";
import { formatProfile, profileMix } from "../bench/profile-mix";
import { formatReport, runBench, type BenchOptions } from "../bench/run-bench";
import { ManagedNeo4jError } from "../../neo4j-server/managed-neo4j.error";
import { withDatabase } from "../../cli/with-database";

const USAGE = `Usage: npm run bench -- [--duration S] [--connections 1,16] [--only 1,6] [--profile]

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
                      for it, and print their db hits, rows and server time`;

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

if (require.main === module) {
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
