import "reflect-metadata";
import fs from "node:fs";
import path from "node:path";
import { ConfigError, getConfig, PROJECT_ROOT } from "../../config";
import { formatLoadtest, runLoadtest, type LoadtestOptions } from "../bench/run-loadtest";
import { ManagedNeo4jError } from "../../neo4j-server/managed-neo4j.error";
import { withDatabase } from "../../cli/with-database";

const USAGE = `Usage: npm run loadtest -- [--duration S] [--connections 16,64] [--ingest-every N] [--warmup S]

Drives the server (its own process, production settings) with the bench query mix plus one ingest of a
new article in every N requests (default 20; 0 for none), for S seconds (default 60) at each
concurrency, after an unmeasured warm-up at the first concurrency (default 15 s; 0 for none). Prints requests, errors (any non-200 or GraphQL error), p50/p99 latency and RSS at the
start, halfway and at the end. Ingested articles are deleted afterwards. Run it on the scale-1 graph.`;

export function parseLoadtestArgs(args: string[]): LoadtestOptions {
  const options: LoadtestOptions = { durationSeconds: 60, connections: [16, 64], ingestEvery: 20, warmupSeconds: 15 };
  for (let i = 0; i < args.length; i += 2) {
    const [flag, value] = [args[i], args[i + 1] ?? ""];
    const number = Number(value);
    if (flag === "--duration") {
      if (!Number.isInteger(number) || number < 1) throw new ConfigError("--duration", `must be a whole number of seconds, got "${value}"`);
      options.durationSeconds = number;
    } else if (flag === "--connections") {
      options.connections = value.split(",").map(Number);
      if (options.connections.some((n) => !Number.isInteger(n) || n < 1))
        throw new ConfigError("--connections", `must be a list of whole numbers such as 16,64, got "${value}"`);
    } else if (flag === "--ingest-every") {
      if (!Number.isInteger(number) || number < 0) throw new ConfigError("--ingest-every", `must be 0 or a whole number, got "${value}"`);
      options.ingestEvery = number;
    } else if (flag === "--warmup") {
      if (!Number.isInteger(number) || number < 0) throw new ConfigError("--warmup", `must be 0 or a whole number of seconds, got "${value}"`);
      options.warmupSeconds = number;
    } else {
      throw new ConfigError(flag, "is not an option of npm run loadtest; see --help");
    }
  }
  return options;
}

async function main(args: string[]): Promise<number> {
  if (args.includes("--help") || args.includes("-h")) {
    console.log(USAGE);
    return 0;
  }
  const options = parseLoadtestArgs(args);
  const config = getConfig();
  const report = await withDatabase(
    config,
    (gateway) => runLoadtest(config, gateway, options, (line) => console.error(line)),
    (line) => console.log(line),
  );
  console.log(formatLoadtest(report));
  const dir = path.join(PROJECT_ROOT, ".bench");
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "loadtest-latest.json"), JSON.stringify(report, null, 2));
  const errors = report.levels.reduce((sum, level) => sum + level.errors, 0);
  return errors === 0 ? 0 : 1;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof ConfigError || error instanceof ManagedNeo4jError ? error.message : `Load test failed: ${(error as Error).message}`);
      process.exit(1);
    },
  );
}
